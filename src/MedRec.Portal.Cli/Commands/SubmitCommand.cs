using System.CommandLine;
using System.Net;
using MedRec.Portal.Cli.Api;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec submit</c>: uploads a prediction file to a phase through the portal's API with a personal token,
/// prints the portal's validation report, and with <c>--wait</c> polls until the file is scored and prints the
/// scores. Exit 0 accepted (scored, with --wait), 2 rejected by the format rules, 1 anything else (usage, network,
/// refused by the portal: token, window, quota, size; scoring failed; --wait timed out).
/// </summary>
internal sealed class SubmitCommand : CliCommand
{
    public const string TokenVariable = "MEDREC_TOKEN";

    private readonly Option<string> url = new("--url")
    {
        Description = "The portal's address, e.g. https://medrec.example.org.",
        Required = true,
        HelpName = "URL",
    };

    private readonly Option<string?> token = new("--token")
    {
        Description = $"A personal API token from your profile page (mrp_…). Default: the {TokenVariable} environment variable, which keeps it out of your shell history.",
        HelpName = "TOKEN",
    };

    private readonly Option<Guid> phase = new("--phase")
    {
        Description = "The phase's id (GET /api/v1/tasks lists them).",
        Required = true,
        HelpName = "ID",
    };

    private readonly Option<string> file = CliOptions.RequiredFile("--file", "The prediction file (the task's official JSON format).");

    private readonly Option<string?> description = new("--description")
    {
        Description = "A note stored with the submission (what this run is).",
        HelpName = "TEXT",
    };

    private readonly Option<bool> wait = new("--wait")
    {
        Description = "Wait until the submission is scored and print its scores.",
    };

    private readonly Option<int> timeout = new("--timeout")
    {
        Description = "With --wait: give up after this many seconds (exit 1; the submission is still scored later). Default 600.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 600,
    };

    private readonly Option<double> interval = new("--interval")
    {
        Description = "With --wait: seconds between status checks. Default 2.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 2,
    };

    private readonly Option<bool> json = CliOptions.Json();

    public override string Name => "submit";

    public override string Description => "Upload a prediction file to a portal phase with an API token (exit 0 accepted or scored, 2 rejected, 1 refused or error).";

    public override void Configure(Command command)
    {
        command.Options.Add(url);
        command.Options.Add(token);
        command.Options.Add(phase);
        command.Options.Add(file);
        command.Options.Add(description);
        command.Options.Add(wait);
        command.Options.Add(timeout);
        command.Options.Add(interval);
        command.Options.Add(json);
    }

    public override async Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var baseUrl = ParseUrl(parseResult.GetRequiredValue(url));
        var secret = parseResult.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new CliUsageException($"no API token: pass --token or set {TokenVariable}. Create a token on your profile page ({new Uri(baseUrl, "profile")}).");
        }

        var path = parseResult.GetRequiredValue(file);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"--file file not found: {path}");
        }

        var waitSeconds = parseResult.GetValue(timeout);
        var pollSeconds = parseResult.GetValue(interval);
        if (waitSeconds < 1 || pollSeconds <= 0)
        {
            throw new CliUsageException("--timeout must be at least 1 second and --interval more than 0.");
        }

        var asJson = parseResult.GetValue(json);
        using var api = new PortalApiClient(baseUrl, secret.Trim(), TimeSpan.FromSeconds(100));
        var answer = await api.SubmitAsync(parseResult.GetRequiredValue(phase), path, parseResult.GetValue(description), cancellationToken).ConfigureAwait(false);
        if (answer.Status == HttpStatusCode.UnprocessableEntity && answer.Text("code") == "submission.rejected")
        {
            await console.Out.WriteAsync(asJson ? SubmitOutput.Json(answer.Body) : SubmitOutput.Rejected(answer.Body)).ConfigureAwait(false);
            return ExitCodes.Rejected;
        }

        if (answer.IsProblem)
        {
            throw new CliUsageException("the portal refused the submission: " + answer.Describe());
        }

        if (!parseResult.GetValue(wait))
        {
            await console.Out.WriteAsync(asJson ? SubmitOutput.Json(answer.Body) : SubmitOutput.Accepted(answer.Body)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (!asJson)
        {
            await console.Out.WriteAsync(SubmitOutput.Accepted(answer.Body)).ConfigureAwait(false);
        }

        var id = answer.Body.GetProperty("submissionId").GetGuid();
        var finished = await WaitAsync(api, id, TimeSpan.FromSeconds(waitSeconds), TimeSpan.FromSeconds(pollSeconds), cancellationToken).ConfigureAwait(false);
        await console.Out.WriteAsync(asJson ? SubmitOutput.Json(finished) : SubmitOutput.Finished(finished)).ConfigureAwait(false);
        return finished.GetProperty("status").GetString() == "Scored" ? ExitCodes.Success : ExitCodes.UsageOrIoError;
    }

    private static async Task<System.Text.Json.JsonElement> WaitAsync(PortalApiClient api, Guid id, TimeSpan timeout, TimeSpan interval, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var answer = await api.GetSubmissionAsync(id, cancellationToken).ConfigureAwait(false);
            if (answer.IsProblem)
            {
                throw new CliUsageException($"could not read submission {id}: " + answer.Describe());
            }

            if (answer.Text("status") is not ("Queued" or "Scoring"))
            {
                return answer.Body;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new CliUsageException($"submission {id} is still {answer.Text("status")} after {timeout.TotalSeconds:0} s; it will be scored later (check the portal, or GET /api/v1/submissions/{id}).");
            }

            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Uri ParseUrl(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            throw new CliUsageException($"--url must be the portal's http(s) address, e.g. https://medrec.example.org (was \"{value}\").");
        }

        // A trailing slash keeps a portal served under a path (https://host/medrec/) when API paths are appended.
        return parsed.AbsoluteUri.EndsWith('/') ? parsed : new Uri(parsed.AbsoluteUri + "/");
    }
}
