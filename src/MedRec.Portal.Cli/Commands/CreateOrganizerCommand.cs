using System.CommandLine;
using System.Data.Common;
using MedRec.Portal.Cli.Database;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec admin create-organizer</c>: migrates the configured portal database (never seeding demo data) and creates
/// an organiser account through the portal's own <see cref="OrganizerAccounts"/>. An existing email is an error and
/// the account is left exactly as it was, so a typo can never reset someone's password.
/// </summary>
internal sealed class CreateOrganizerCommand : CliCommand
{
    private readonly Option<string> email = new("--email")
    {
        Description = "The organiser's email; it is also the user name to sign in with.",
        Required = true,
        HelpName = "EMAIL",
    };

    private readonly Option<string> password = new("--password")
    {
        Description = "The initial password; the portal's password rules apply.",
        Required = true,
        HelpName = "PASSWORD",
    };

    private readonly Option<string?> displayName = new("--display-name")
    {
        Description = "The name shown in the portal (default: the email).",
        HelpName = "NAME",
    };

    private readonly Option<string?> provider = CliOptions.Provider();

    private readonly Option<string?> connection = CliOptions.Connection();

    private readonly Option<bool> json = CliOptions.Json();

    public override string Name => "create-organizer";

    public override CliCommandGroup Group => CliCommandGroup.Admin;

    public override string Description => "Create an organiser account in the configured portal database (migrating it first, never seeding demo data).";

    public override void Configure(Command command)
    {
        command.Options.Add(email);
        command.Options.Add(password);
        command.Options.Add(displayName);
        command.Options.Add(provider);
        command.Options.Add(connection);
        command.Options.Add(json);
    }

    public override async Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var configuration = PortalConfiguration.Build(Directory.GetCurrentDirectory(), parseResult.GetValue(provider), parseResult.GetValue(connection));
        await using var database = PortalDatabase.Open(configuration);
        try
        {
            await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            await using var scope = database.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<OrganizerAccounts>()
                .CreateAsync(parseResult.GetRequiredValue(email), parseResult.GetRequiredValue(password), parseResult.GetValue(displayName), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (created.IsFailure)
            {
                throw new CliUsageException(Explain(created));
            }

            var address = parseResult.GetRequiredValue(email).Trim();
            await console.Out.WriteAsync(parseResult.GetValue(json)
                ? JsonOutput.OrganizerCreated(created.Value, address, database.Provider)
                : $"Created organiser {address} (id {created.Value}) in the {database.Provider} database; roles: Organizer, Participant.{Environment.NewLine}").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            throw new CliUsageException($"database error ({database.Provider}): {Innermost(exception).Message}", exception);
        }
    }

    private static string Explain(Result result)
    {
        if (result.ErrorCode == ErrorCodes.Conflict)
        {
            return $"{result.Errors[0].Message} Nothing was changed: its password and roles are as they were.";
        }

        var passwordErrors = result.Errors.Where(e => e.Field == "Password").Select(e => e.Message).ToList();
        if (passwordErrors.Count > 0)
        {
            return $"the password is too weak: {string.Join(" ", passwordErrors)}";
        }

        return string.Join(" ", result.Errors.Select(e => e.Message));
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }
}
