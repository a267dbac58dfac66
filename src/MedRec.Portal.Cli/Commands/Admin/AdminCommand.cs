using System.CommandLine;
using System.Data.Common;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Cli.Database;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Commands.Admin;

/// <summary>
/// An organiser command against the configured portal database (docs/cli.md): it acts as the organiser named by
/// <c>--as</c> through the same use cases as the console pages, so the checks and the audit trail are the same.
/// </summary>
internal abstract class AdminCommand : CliCommand
{
    private readonly Option<string> actingAs = new("--as")
    {
        Description = "The email of the organiser account the command acts as (it is recorded in the audit log).",
        Required = true,
        HelpName = "EMAIL",
    };

    private readonly Option<string?> provider = CliOptions.Provider();

    private readonly Option<string?> connection = CliOptions.Connection();

    public sealed override CliCommandGroup Group => CliCommandGroup.Admin;

    public sealed override void Configure(Command command)
    {
        ConfigureOptions(command);
        command.Options.Add(actingAs);
        command.Options.Add(provider);
        command.Options.Add(connection);
    }

    public sealed override async Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var configuration = PortalConfiguration.Build(Directory.GetCurrentDirectory(), parseResult.GetValue(provider), parseResult.GetValue(connection));
        await using var database = PortalDatabase.Open(configuration);
        try
        {
            await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var actor = await OrganizerAsync(database.Services, parseResult.GetRequiredValue(actingAs), cancellationToken).ConfigureAwait(false);
            return await RunAsync(new AdminContext(database.Services, actor, parseResult, console), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            throw new CliUsageException($"database error ({database.Provider}): {exception.GetBaseException().Message}", exception);
        }
    }

    protected abstract void ConfigureOptions(Command command);

    protected abstract Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken);

    /// <summary>Turns a refused use case into the one-line error the CLI prints (exit code 1).</summary>
    protected static T Expect<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new CliUsageException(Explain(result));

    protected static void Expect(Result result)
    {
        if (result.IsFailure)
        {
            throw new CliUsageException(Explain(result));
        }
    }

    private static string Explain(Result result) => string.Join(" ", result.Errors.Select(e => e.Field is null ? e.Message : $"{e.Field}: {e.Message}"));

    private static async Task<Actor> OrganizerAsync(IServiceProvider services, string email, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false)
            ?? throw new CliUsageException($"no account with email {email.Trim()}; create one with `medrec admin create-organizer`.");
        cancellationToken.ThrowIfCancellationRequested();
        return await users.IsInRoleAsync(user, PortalRoles.Organizer).ConfigureAwait(false)
            ? Actor.Organizer(user.Id)
            : throw new CliUsageException($"{email.Trim()} is not an organiser; only organisers run admin commands.");
    }
}

/// <summary>What an admin command works with: the portal's services, the acting organiser, its arguments and output.</summary>
internal sealed record AdminContext(IServiceProvider Services, Actor Actor, ParseResult Parse, CliConsole Console)
{
    /// <summary>A use case handler, built as the portal builds it.</summary>
    public T Handler<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public Task WriteLineAsync(string line) => Console.Out.WriteLineAsync(line);
}
