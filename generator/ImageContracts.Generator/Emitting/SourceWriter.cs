using System;
using System.Text;

namespace ImageContracts.Generator.Emitting;

/// <summary>An indented text writer for generated C#: plain text reads better than SyntaxFactory output.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;
    private bool _afterBlock;

    public SourceWriter Line(string text = "")
    {
        // A statement that follows a closed block gets a blank line, as people write it.
        if (_afterBlock && text.Length > 0 && !text.StartsWith("}", StringComparison.Ordinal))
        {
            _builder.Append('\n');
        }

        _afterBlock = false;
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Writes <c>{ ... }</c> around <paramref name="body"/>.</summary>
    public SourceWriter Block(string header, Action body, string suffix = "")
    {
        Line(header);
        OpenBrace();
        body();
        CloseBrace(suffix);
        _afterBlock = true;
        return this;
    }

    /// <summary>
    /// Writes text rendered by another writer (from column 0) at this writer's indentation, with
    /// <paramref name="suffix"/> appended to its last line.
    /// </summary>
    public SourceWriter Lines(string text, string suffix = "")
    {
        var lines = text.TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            Line(i == lines.Length - 1 ? lines[i] + suffix : lines[i]);
        }

        return this;
    }

    /// <summary>
    /// An XML doc <c>&lt;summary&gt;</c>, one <c>///</c> line per text line. The text is XML already:
    /// callers escape spec text with <see cref="Code.Xml"/> and may use tags such as <c>&lt;c&gt;</c>.
    /// </summary>
    public SourceWriter Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return this;
        }

        var text = xml!.Replace("\r\n", "\n").Trim();

        // A one-paragraph summary stays on one line: generated code is compiled by every build, and read rarely.
        if (text.IndexOf('\n') < 0)
        {
            return Line("/// <summary>" + text + "</summary>");
        }

        Line("/// <summary>");
        foreach (var line in text.Split('\n'))
        {
            Line("/// " + line.TrimEnd());
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
