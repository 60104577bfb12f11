namespace IcpCompliance.Serialization;

/// <summary>Text helpers for the converters' error messages.</summary>
internal static class JsonText
{
    /// <summary>Throws when a deserialized array holds a null element, naming the element (<c>services[2]</c>)
    /// relative to the object that holds the array, so the reader reports the element's path and place.</summary>
    internal static void NoNulls<T>(System.Collections.Immutable.ImmutableArray<T> items, string name)
        where T : class
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                string element = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}[{i}]");
                throw new IcpJsonException($"{element} is null; the array's elements must be objects.", $"{element} 为 null；数组的元素须为对象", element);
            }
        }
    }

    /// <summary>The exception for a string value its parser refused, with the parser's code, position and
    /// message.</summary>
    internal static IcpJsonException InvalidValue(string description, string? text, Parsing.ParseError error)
        => new($"Invalid {description} \"{Printable(text)}\": {error.Code} at position {error.Position}: {error.Message}", error);

    // A refused value goes into a message that may reach a terminal or a log: cut it short and hide control
    // characters so a hostile file cannot forge log lines.
    internal static string Printable(string? text, int maxLength = 64)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var shown = text.Length > maxLength ? text[..maxLength] + "…" : text;
        return string.Create(shown.Length, shown, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '\uFFFD' : source[i];
            }
        });
    }
}
