using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;
using ImageContracts.Http;

namespace ImageContracts.Cli.Commands;

/// <summary><c>imagegen batch create|status|results|cancel</c>: validated Batch API jobs for image requests.</summary>
internal static class BatchCommand
{
    public static readonly Command Command = new("batch", "Batch API jobs: validate and price a JSONL file of image requests, submit it, follow it, download its images, cancel it.")
    {
        BatchCreateCommand.Command, BatchStatusCommand.Command, BatchResultsCommand.Command, BatchCancelCommand.Command,
    };

    /// <summary>True for <c>batch</c> itself and its subcommands.</summary>
    public static bool Owns(Command command) =>
        command == Command || command == BatchCreateCommand.Command || command == BatchStatusCommand.Command || command == BatchResultsCommand.Command || command == BatchCancelCommand.Command;

    public static Task<int> RunAsync(Command command, ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        if (command == BatchCreateCommand.Command)
        {
            return BatchCreateCommand.RunAsync(parse, output, cancellationToken);
        }

        if (command == BatchStatusCommand.Command)
        {
            return BatchStatusCommand.RunAsync(parse, output, cancellationToken);
        }

        if (command == BatchResultsCommand.Command)
        {
            return BatchResultsCommand.RunAsync(parse, output, cancellationToken);
        }

        if (command == BatchCancelCommand.Command)
        {
            return BatchCancelCommand.RunAsync(parse, output, cancellationToken);
        }

        throw new UsageException("imagegen batch needs a subcommand: create, status, results or cancel.");
    }

    /// <summary>The server that holds an existing batch. The embedded emulator lives only as long as one command and
    /// knows no earlier batch, so without OPENAI_API_KEY the server must be named by <c>--base-url</c>.</summary>
    public static Task<ApiTarget> OpenExistingAsync(ParseResult parse, string subcommand, CliOutput output, CancellationToken cancellationToken)
    {
        Uri? baseUrl = parse.GetValue(CommonOptions.BaseUrl);
        if (baseUrl is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ImagesClientOptions.ApiKeyEnvironmentVariable)))
        {
            throw new UsageException("imagegen batch " + subcommand + " needs the server that holds the batch: set " + ImagesClientOptions.ApiKeyEnvironmentVariable
                + " for the OpenAI API, or pass --base-url of a running emulator (imagegen serve, then --base-url http://127.0.0.1:8080/v1/). "
                + "The emulator embedded without a key lives only as long as one command, so it knows no earlier batch.");
        }

        return ApiTarget.OpenAsync(baseUrl, output, cancellationToken);
    }

    /// <summary>The <c>batch_id</c> argument of status, results and cancel.</summary>
    public static Argument<string> BatchId() => new("batch-id") { Description = "The batch id printed by imagegen batch create (batch_...)." };
}
