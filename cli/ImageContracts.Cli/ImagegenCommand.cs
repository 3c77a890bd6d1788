using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Commands;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Wire;
using ImageContracts.Http;

namespace ImageContracts.Cli;

/// <summary>
/// The <c>imagegen</c> root command: wires the subcommands, parses, runs, and turns failures into exit codes
/// (<see cref="ExitCodes"/>): usage and validation 2, API and transport 1, Ctrl+C 130.
/// </summary>
internal static class ImagegenCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        ImageCallCommand generate = ImageCallCommand.Generate();
        ImageCallCommand edit = ImageCallCommand.Edit();
        ImageCallCommand vary = ImageCallCommand.Vary();
        CostCommand cost = new();
        var root = new RootCommand("imagegen: OpenAI image requests checked against the ImageContracts spec before they are sent. "
            + "Without OPENAI_API_KEY every call goes to an embedded offline emulator.")
        {
            generate.Command, edit.Command, vary.Command, cost.Command, ModelsCommand.Command, ValidateCommand.Command, BatchCommand.Command, ServeCommand.Command,
        };
        root.Add(CommonOptions.Json);
        root.Add(CommonOptions.BaseUrl);

        (string[] known, List<KeyValuePair<string, string>> extras) = ExtraParameters.Split(root, new[] { generate.Command, edit.Command, vary.Command, cost.Command }, args);
        ParseResult parse = root.Parse(known);
        var output = new CliOutput(Console.Out, Console.Error, parse.GetValue(CommonOptions.Json), Console.IsOutputRedirected);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                output.Note("error: " + error.Message);
            }

            output.Note("Run 'imagegen " + string.Join(' ', CommandPath(parse)) + " --help' for the options.");
            return ExitCodes.Usage;
        }

        if (parse.Action is HelpAction || parse.CommandResult.Command == root)
        {
            return await (parse.Action is HelpAction ? parse : root.Parse("--help")).InvokeAsync().ConfigureAwait(false) == 0 && parse.Action is HelpAction ? ExitCodes.Success : ExitCodes.Usage;
        }

        using var cancel = new CancellationTokenSource();
        // Ctrl+C and SIGTERM cancel the command, which then stops and disposes (the embedded emulator, open files) itself.
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            Command command = parse.CommandResult.Command;
            if (command == generate.Command || command == edit.Command || command == vary.Command)
            {
                ImageCallCommand call = command == generate.Command ? generate : command == edit.Command ? edit : vary;
                return await call.RunAsync(parse, extras, output, cancel.Token).ConfigureAwait(false);
            }

            if (command == cost.Command)
            {
                return cost.Run(parse, extras, output);
            }

            if (BatchCommand.Owns(command))
            {
                return await BatchCommand.RunAsync(command, parse, output, cancel.Token).ConfigureAwait(false);
            }

            if (command == ValidateCommand.Command)
            {
                return ValidateCommand.Run(parse, output);
            }

            if (command == ModelsCommand.Command)
            {
                return await ModelsCommand.RunAsync(parse, output, cancel.Token).ConfigureAwait(false);
            }

            return await ServeCommand.RunAsync(parse, output, cancel.Token).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            output.Note("error: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (ImageRequestValidationException ex)
        {
            output.Note("error: the request is invalid for " + ex.Model + "; nothing was sent.");
            foreach (string finding in ReportText.Findings(ex.Validation))
            {
                output.Note(finding);
            }

            return ExitCodes.Usage;
        }
        catch (ImagesClientException ex)
        {
            if (output.Json)
            {
                output.WriteJson(writer =>
                {
                    writer.WriteStartObject();
                    ReportJson.ApiError(writer, ex);
                    writer.WriteEndObject();
                });
            }

            output.Note("error: " + ex.Message);
            return ExitCodes.ApiError;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            output.Note("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            output.Note("error: " + ex.Message);
            return ExitCodes.ApiError;
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? result = parse.CommandResult; result is System.CommandLine.Parsing.CommandResult command && command.Command is not RootCommand; result = result.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return names;
    }
}
