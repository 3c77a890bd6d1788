using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Parsing;
using ImageContracts.Overlays.Binding;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Overlays;

/// <summary>
/// A spec overlay (<c>*.imagespec.yaml</c>, the format of the bundled spec) read at run time: the models it adds or
/// changes, as contracts to put into a catalog with <see cref="SpecOverlayCatalogExtensions.With"/>. The overlay is merged
/// over the bundled spec exactly as the source generator merges a project's overlay files (so <c>extends:</c>, profiles and
/// parameters of the bundled spec work), by the generator's own parser: the same YAML is accepted or refused, with the same
/// diagnostics, at build time and at run time.
/// </summary>
public sealed class SpecOverlay
{
    /// <summary>The largest overlay file read, in characters (16 Mi); the parser bounds nesting and node count as well.</summary>
    public const int MaxFileChars = 16 * 1024 * 1024;

    private const string BundledResource = "openai-images.imagespec.yaml";

    /// <summary>Bundled spec first (order 0), overlays after it: the generator's order for consumer files.</summary>
    private const int BundledOrder = 0;
    private const int OverlayOrder = 100;

    private static readonly Lazy<SpecFileText> BundledFile = new(ReadBundledSpec);
    private static readonly Lazy<Dictionary<string, ModelSpec>> BundledModels = new(ParseBundledModels);

    private SpecOverlay(IReadOnlyList<ModelContract> models, IReadOnlyList<SpecProblem> warnings)
    {
        Models = models;
        Warnings = warnings;
    }

    /// <summary>The models the overlay adds, and the bundled models it changes (directly, or through a model they extend),
    /// in the spec's order. Models the overlay leaves as bundled are not here, so <c>With</c> keeps the catalog's own.</summary>
    public IReadOnlyList<ModelContract> Models { get; }

    /// <summary>Warnings the parser reported (such as an unknown key); the overlay was loaded despite them.</summary>
    public IReadOnlyList<SpecProblem> Warnings { get; }

    /// <summary>Reads one overlay file.</summary>
    /// <param name="path">The <c>*.imagespec.yaml</c> file.</param>
    /// <param name="cancellationToken">Cancels the read and the parse.</param>
    /// <exception cref="SpecOverlayException">The overlay has errors; the message lists each as <c>file(line,col): error id: message</c>.</exception>
    /// <exception cref="IOException">The file cannot be read, or is larger than <see cref="MaxFileChars"/>.</exception>
    public static SpecOverlay Load(string path, CancellationToken cancellationToken = default) => Load(new[] { path }, cancellationToken);

    /// <summary>Reads several overlay files, merged in ordinal order of their paths (later files win), as the generator merges them.</summary>
    /// <param name="paths">The <c>*.imagespec.yaml</c> files.</param>
    /// <param name="cancellationToken">Cancels the reads and the parse.</param>
    /// <exception cref="SpecOverlayException">The overlays have errors; the message lists each as <c>file(line,col): error id: message</c>.</exception>
    /// <exception cref="IOException">A file cannot be read, or is larger than <see cref="MaxFileChars"/>.</exception>
    public static SpecOverlay Load(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SpecFileText>();
        foreach (string path in paths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path, nameof(paths));
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new SpecFileText(path, ReadBounded(path), OverlayOrder));
        }

        return FromFiles(files, cancellationToken);
    }

    /// <summary>Parses overlay text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="path">The name problems are reported under, e.g. <c>my-models.imagespec.yaml</c>.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <exception cref="SpecOverlayException">The overlay has errors; the message lists each as <c>path(line,col): error id: message</c>.</exception>
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxFileChars"/>.</exception>
    public static SpecOverlay Parse(string text, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (text.Length > MaxFileChars)
        {
            throw new ArgumentException($"The overlay {path} has {text.Length:N0} characters; at most {MaxFileChars:N0} are read.", nameof(text));
        }

        return FromFiles(new[] { new SpecFileText(path, text, OverlayOrder) }, cancellationToken);
    }

    /// <summary>Every model of the bundled spec merged with <paramref name="overlays"/>, bound to contracts, with the problems found.</summary>
    internal static (IReadOnlyList<(ModelSpec Spec, ModelContract Contract)> Models, IReadOnlyList<SpecProblem> Problems) ParseMerged(IReadOnlyList<SpecFileText> overlays, CancellationToken cancellationToken)
    {
        SpecParseResult result = SpecParser.Parse(overlays.Prepend(BundledFile.Value), cancellationToken);
        var problems = result.Diagnostics.Select(ToProblem).ToList();
        if (result.Model is null || problems.Any(p => p.IsError))
        {
            return (Array.Empty<(ModelSpec, ModelContract)>(), problems);
        }

        return (result.Model.Models.Select(m => (m, ContractBinder.Bind(m))).ToList(), problems);
    }

    private static SpecOverlay FromFiles(IReadOnlyList<SpecFileText> overlays, CancellationToken cancellationToken)
    {
        var (models, problems) = ParseMerged(overlays, cancellationToken);
        if (problems.Any(p => p.IsError) || models.Count == 0)
        {
            throw new SpecOverlayException(problems);
        }

        // A model is the overlay's when its parsed form differs from the bundled one: added, changed, or extending a changed model.
        Dictionary<string, ModelSpec> bundled = BundledModels.Value;
        var changed = models
            .Where(m => !bundled.TryGetValue(m.Spec.Id, out ModelSpec? original) || !original.Equals(m.Spec))
            .Select(m => m.Contract)
            .ToList();
        return new SpecOverlay(changed, problems);
    }

    private static Dictionary<string, ModelSpec> ParseBundledModels()
    {
        SpecParseResult result = SpecParser.Parse(new[] { BundledFile.Value }, CancellationToken.None);
        if (result.Model is null || result.Diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The bundled spec does not parse: " + string.Join("; ", result.Diagnostics.Select(ToProblem)));
        }

        return result.Model.Models.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    private static SpecFileText ReadBundledSpec()
    {
        using Stream stream = typeof(SpecOverlay).Assembly.GetManifestResourceStream(BundledResource)
            ?? throw new InvalidOperationException($"The bundled spec resource '{BundledResource}' is missing from {typeof(SpecOverlay).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new SpecFileText(BundledResource, reader.ReadToEnd(), BundledOrder);
    }

    /// <summary>Reads the file in chunks and stops past <see cref="MaxFileChars"/>, so a huge file is never held whole.</summary>
    private static string ReadBounded(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxFileChars)
            {
                throw new IOException($"The overlay {path} is longer than {MaxFileChars:N0} characters; it was not read.");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    private static SpecProblem ToProblem(DiagnosticInfo diagnostic)
    {
        var position = diagnostic.Location?.Lines.Start;
        return new SpecProblem(
            diagnostic.Descriptor.Id,
            diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error,
            diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture),
            diagnostic.Location?.FilePath,
            position is { } start ? start.Line + 1 : 0,
            position is { } at ? at.Character + 1 : 0);
    }
}
