using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ImageContracts.Generator.Analysis;
using ImageContracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Tests;

/// <summary>Every diagnostic's help link is absolute, points into docs/diagnostics.md of the repository named once in
/// Directory.Build.props (ImageContractsRepositoryUrl, the packages' URL too), and its anchor exists there.</summary>
public class HelpLinkTests
{
    public static TheoryData<string> Ids => new(Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_help_link_is_the_repository_url_of_the_docs_section(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors().First(d => d.Id == id);
        string anchor = id.ToLowerInvariant();

        Assert.Equal(RepositoryUrl() + "/blob/main/docs/diagnostics.md#" + anchor, descriptor.HelpLinkUri);
        Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out Uri? uri) && uri.Scheme == "https", descriptor.HelpLinkUri);
        Assert.Matches(new Regex("<a id=\"" + anchor + "\"></a>\\s*\\n## " + id + ":"), File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_analyzer_and_spec_diagnostic_is_covered()
    {
        string[] ids = Descriptors().Select(d => d.Id).ToArray();

        Assert.Contains("IMG0001", ids);
        Assert.Contains("IMG0013", ids);
        Assert.Contains("IMGSPEC001", ids);
        Assert.Contains("IMGSPEC020", ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    /// <summary>The analyzer's supported diagnostics and every spec diagnostic of the generator.</summary>
    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        new ImageContractsAnalyzer().SupportedDiagnostics
            .Concat(typeof(SpecDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!))
            .GroupBy(d => d.Id)
            .Select(g => g.First());

    /// <summary>Read from Directory.Build.props itself, not from the generator's constant.</summary>
    private static string RepositoryUrl() =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("ImageContractsRepositoryUrl").Single().Value.Trim();
}
