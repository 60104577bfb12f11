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
    /// message, in English and in Chinese.</summary>
    internal static IcpJsonException InvalidValue(string description, string descriptionChinese, string? text, Parsing.ParseError error)
        => new(
            $"Invalid {description} \"{Printable(text)}\": {error.Code} at position {error.Position}: {error.Message}",
            $"{descriptionChinese} \"{Printable(text)}\" 无效（{error.Code}，位置 {error.Position}）：{error.MessageChinese}",
            error);

    /// <summary>The exception for a value that must be a JSON string and is another kind of token.</summary>
    /// <param name="expected">What was expected, in English, as it reads after "Expected" ("the mobile number").</param>
    /// <param name="expectedChinese">The same in Chinese ("手机号码").</param>
    /// <param name="found">The token found instead.</param>
    internal static IcpJsonException NotAString(string expected, string expectedChinese, System.Text.Json.JsonTokenType found)
        => new($"Expected {expected} as a JSON string, found {found}.", $"{expectedChinese}应为 JSON 字符串，实际为{Chinese(found)}");

    /// <summary>The exception for a name that is none of an enumeration's members.</summary>
    internal static IcpJsonException NotAName(string? name, string typeName, string names)
        => new($"\"{Printable(name)}\" is not a {typeName}; expected one of {names}.", $"\"{Printable(name)}\" 不是 {typeName} 的成员；应为以下之一：{names}");

    /// <summary>The kind of JSON token, in Chinese, for messages that say what was found instead.</summary>
    internal static string Chinese(System.Text.Json.JsonTokenType token) => token switch
    {
        System.Text.Json.JsonTokenType.String => "字符串",
        System.Text.Json.JsonTokenType.Number => "数字",
        System.Text.Json.JsonTokenType.True => " true",
        System.Text.Json.JsonTokenType.False => " false",
        System.Text.Json.JsonTokenType.Null => " null",
        System.Text.Json.JsonTokenType.StartObject => "对象",
        System.Text.Json.JsonTokenType.StartArray => "数组",
        _ => " " + token,
    };

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
