using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Output;
using ImageContracts.Http;
using Spectre.Console;

namespace ImageContracts.Cli.Streaming;

/// <summary>
/// Consumes an image stream, saving each partial and final image as it arrives. On a terminal a live Spectre progress
/// bar shows it; when stdout is redirected (or with <c>--json</c>, on stderr) each saved file is one plain line.
/// </summary>
internal static class StreamProgress
{
    /// <param name="output">Where to report.</param>
    /// <param name="events">The stream.</param>
    /// <param name="folder">Where images go.</param>
    /// <param name="expected">Events expected in all (partials + finals), for the progress bar.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The saved files and the completed events (which carry usage and cost).</returns>
    public static async Task<(List<SavedImage> Files, List<ImageStreamEvent> Completed)> RunAsync(
        CliOutput output, IAsyncEnumerable<ImageStreamEvent> events, ImageFolder folder, int expected, CancellationToken cancellationToken)
    {
        var files = new List<SavedImage>();
        var completed = new List<ImageStreamEvent>();
        if (!output.IsInteractive)
        {
            await foreach (ImageStreamEvent item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                SavedImage saved = await SaveAsync(item, folder, files, completed, cancellationToken).ConfigureAwait(false);
                (output.Json ? output.Error : output.Out).WriteLine(Describe(saved));
            }

            return (files, completed);
        }

        await output.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask("waiting for the first image", maxValue: Math.Max(expected, 1));
                await foreach (ImageStreamEvent item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    SavedImage saved = await SaveAsync(item, folder, files, completed, cancellationToken).ConfigureAwait(false);
                    task.Increment(1);
                    task.Description = Markup.Escape(saved.Kind == "partial" ? "partial " + (saved.Index + 1).ToString(CultureInfo.InvariantCulture) + " saved" : "final image saved");
                }

                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        foreach (SavedImage saved in files)
        {
            output.Line(Describe(saved));
        }

        return (files, completed);
    }

    /// <summary><c>partial 1: out/imagegen.partial-0.png (1024x1024 png, 210.3 KB)</c>.</summary>
    public static string Describe(SavedImage saved)
    {
        string size = saved.Width > 0 ? saved.Width.ToString(CultureInfo.InvariantCulture) + "x" + saved.Height.ToString(CultureInfo.InvariantCulture) + " " : "";
        string label = saved.Kind == "partial" ? "partial " + (saved.Index + 1).ToString(CultureInfo.InvariantCulture) : "image";
        return label + ": " + saved.Path + " (" + size + saved.Format + ", " + ByteSize.Format(saved.Bytes) + ")";
    }

    private static async Task<SavedImage> SaveAsync(ImageStreamEvent item, ImageFolder folder, List<SavedImage> files, List<ImageStreamEvent> completed, CancellationToken cancellationToken)
    {
        SavedImage saved;
        if (item.IsPartial)
        {
            saved = await folder.SavePartialAsync(item.PartialImageIndex ?? files.Count, item.Image, item.OutputFormat, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            saved = await folder.SaveFinalAsync(completed.Count, item.Image, item.OutputFormat, cancellationToken).ConfigureAwait(false);
            completed.Add(item);
        }

        files.Add(saved);
        return saved;
    }
}
