using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ImageContracts.Http;

/// <summary>One kind of <see cref="ImagesClientLogEntry"/>: id, name, level and message template, with the names of
/// the template's holes read once.</summary>
internal sealed class ImagesClientLogEvent
{
    public ImagesClientLogEvent(int id, string name, ImagesClientLogLevel level, string template)
    {
        Id = id;
        Name = name;
        Level = level;
        Template = template;
        Names = HoleNames(template);
    }

    public int Id { get; }

    public string Name { get; }

    public ImagesClientLogLevel Level { get; }

    public string Template { get; }

    /// <summary>The hole names in template order; an entry has one value per name.</summary>
    public string[] Names { get; }

    public string Format(object?[] values)
    {
        var text = new StringBuilder(Template.Length + 32);
        int hole = 0;
        int i = 0;
        while (i < Template.Length)
        {
            int open = Template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(Template, i, Template.Length - i);
                break;
            }

            int close = Template.IndexOf('}', open);
            text.Append(Template, i, open - i);
            text.Append(Text(values[hole++]));
            i = close + 1;
        }

        return text.ToString();
    }

    private static string Text(object? value) => value switch
    {
        null => "(null)",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string[] HoleNames(string template)
    {
        var names = new List<string>();
        for (int open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            int close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new ArgumentException("The log template has an unclosed hole: " + template, nameof(template));
            }

            names.Add(template.Substring(open + 1, close - open - 1));
        }

        return names.ToArray();
    }
}
