using System.Collections.Generic;
using System.Threading;
using ImageContracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ImageContracts.Generator.Yaml;

/// <summary>
/// Reads a YAML document into <see cref="YamlNode"/>s with source locations, using YamlDotNet's
/// event parser. Syntax errors become diagnostics, never exceptions. Nesting deeper than
/// <see cref="SpecLimits.MaxDepth"/> and documents that expand past the <see cref="NodeBudget"/> stop the
/// read with <see cref="SpecLimitExceededException"/>, so the recursion here never runs away.
/// </summary>
internal sealed class YamlReader
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, YamlNode> _anchors = new();
    private readonly NodeBudget _budget;
    private readonly CancellationToken _cancellationToken;
    private IParser _parser = null!;
    private Mark _last = Mark.Empty;

    private YamlReader(string path, SourceText text, List<DiagnosticInfo> diagnostics, NodeBudget budget, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
        _budget = budget;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Returns the document's root node, or null when the file is empty or broken.</summary>
    public static YamlNode? Read(string path, SourceText text, List<DiagnosticInfo> diagnostics, NodeBudget budget, CancellationToken cancellationToken)
        => new YamlReader(path, text, diagnostics, budget, cancellationToken).ReadDocument();

    private YamlNode? ReadDocument()
    {
        try
        {
            _parser = new Parser(new System.IO.StringReader(_text.ToString()));
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            _parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 0);
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var extra))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlSyntax, Locate(extra.Start, extra.End),
                    "A spec file holds one YAML document; split further documents into their own *.imagespec.yaml files"));
            }

            return root;
        }
        catch (YamlException ex)
        {
            // The scanner detects a problem where it stopped (End), which is where the fix usually goes;
            // tab errors are marked at the enclosing mapping, so point at the tab itself.
            var at = ex.Message.IndexOf("tab", System.StringComparison.OrdinalIgnoreCase) >= 0 ? FirstIndentingTab(ex.Start) ?? ex.End : ex.End;
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlSyntax, Locate(at, at), CleanMessage(ex)));
            return null;
        }
        catch (System.InvalidOperationException)
        {
            // YamlDotNet's parser throws this when the text ends inside an open structure.
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlSyntax, Locate(_last, _last), "The YAML ends before this list or mapping is closed"));
            return null;
        }
    }

    private YamlNode ReadNode(int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_parser.Current is { } current)
        {
            _last = current.Start;
        }

        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                // The alias stays one shared node; the budget counts it as the copy later stages will walk.
                _budget.Charge(target.Size, Locate(alias.Start, alias.End), $"alias *{alias.Value.Value} is expanded");
                return target;
            }

            throw new YamlException(alias.Start, alias.End, $"Alias *{alias.Value.Value} refers to no anchor defined before it");
        }

        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            var node = new YamlScalar(Locate(scalar.Start, scalar.End), scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
            _budget.Charge(1, node.Location, "this file is read");
            return Remember(scalar.Anchor, node);
        }

        if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            Enter(depth, sequenceStart.Start, sequenceStart.End);
            var items = new List<YamlNode>();
            while (!_parser.Accept<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
            }

            var end = _parser.Consume<SequenceEnd>();
            return Remember(sequenceStart.Anchor, new YamlSequence(Locate(sequenceStart.Start, end.End), items));
        }

        var mappingStart = _parser.Consume<MappingStart>();
        Enter(depth, mappingStart.Start, mappingStart.End);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new HashSet<string>();
        while (!_parser.Accept<MappingEnd>(out _))
        {
            var keyNode = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (keyNode is not YamlScalar key)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, keyNode.Location, "a mapping key", "a plain scalar"));
                continue;
            }

            if (!seen.Add(key.Value))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateName, key.Location, "Key", key.Value));
                continue;
            }

            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        }

        var mappingEnd = _parser.Consume<MappingEnd>();
        return Remember(mappingStart.Anchor, new YamlMapping(Locate(mappingStart.Start, mappingEnd.End), entries));
    }

    /// <summary>Counts a new list or mapping and refuses one nested deeper than <see cref="SpecLimits.MaxDepth"/>.</summary>
    private void Enter(int depth, Mark start, Mark end)
    {
        var at = Locate(start, end);
        if (depth >= SpecLimits.MaxDepth)
        {
            throw new SpecLimitExceededException(DiagnosticInfo.Create(
                SpecDiagnostics.LimitExceeded,
                at,
                $"Lists and mappings nest more than {SpecLimits.MaxDepth} levels deep here",
                $"at most {SpecLimits.MaxDepth} levels of nesting"));
        }

        _budget.Charge(1, at, "this file is read");
    }

    private YamlNode Remember(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private LocationInfo Locate(Mark start, Mark end)
    {
        var lines = _text.Lines;
        LinePosition At(Mark mark)
        {
            var line = (int)System.Math.Max(0, System.Math.Min(mark.Line - 1, lines.Count - 1));
            var textLine = lines[line];
            var column = (int)System.Math.Max(0, System.Math.Min(mark.Column - 1, textLine.End - textLine.Start));
            return new LinePosition(line, column);
        }

        var from = At(start);
        var to = At(end);
        if (to < from)
        {
            to = from;
        }

        var span = lines.GetTextSpan(new LinePositionSpan(from, to));
        return new LocationInfo(_path, span, new LinePositionSpan(from, to));
    }

    private Mark? FirstIndentingTab(Mark from)
    {
        for (var line = (int)System.Math.Max(0, from.Line - 1); line < _text.Lines.Count; line++)
        {
            var text = _text.Lines[line].ToString();
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t');
            if (tab >= 0 && tab < indent)
            {
                return new Mark(_text.Lines[line].Start + tab, line + 1, tab + 1);
            }
        }

        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location says that already.
    private static string CleanMessage(YamlException ex)
    {
        var message = ex.Message;
        var marker = message.IndexOf("): ", System.StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(", System.StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
    }
}
