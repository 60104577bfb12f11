using System;
using System.Text;
using System.Text.Json;

namespace IcpCompliance.Serialization;

/// <summary>
/// Turns whatever reading a JSON text threw into one <see cref="IcpJsonException"/> in the user's terms (issue #23,
/// item 3; issue #26, item 2): what the text is not, what is wrong without .NET type names, the JSON path and the
/// one-based line and column (System.Text.Json counts both from zero, and in bytes).
/// </summary>
internal static class JsonErrors
{
    /// <summary>At most this many characters of a name from the text are quoted.</summary>
    private const int MaxName = 64;

    /// <summary>At most this many characters of a message are kept.</summary>
    private const int MaxMessage = 300;

    internal static IcpJsonException Describe(Exception exception, string json, string document, string documentChinese, Type documentType)
    {
        (string reason, string reasonChinese) = exception switch
        {
            IcpJsonException own => (own.Reason, own.ReasonChinese),
            JsonException stj => Translate(stj.Message, stj.Path, stj.InnerException, documentType),
            NotSupportedException unsupported => Translate(unsupported.Message, PositionIn(unsupported.Message).Path, null, documentType),
            OverflowException => ("a value is outside what the library can compute with", "值超出可计算的范围"),
            _ => ("the text is not usable: " + Cut(exception.Message), "内容无法使用"),
        };

        string? path = (exception as JsonException)?.Path;
        int line = 1, column = 1;
        if (exception is IcpJsonException { Member: { } member })
        {
            path = path is null or "$" ? "$." + member : path + "." + member;
            (line, column) = Locate(json, path);
        }
        else if (exception is JsonException { LineNumber: { } zeroBasedLine } located)
        {
            line = (int)Math.Min(zeroBasedLine + 1, int.MaxValue);
            column = ColumnOf(json, zeroBasedLine, located.BytePositionInLine ?? 0);
        }
        else if (exception is NotSupportedException && PositionIn(exception.Message) is { Path: { } inMessage } position)
        {
            path = inMessage;
            line = (int)Math.Min(position.Line + 1, int.MaxValue);
            column = ColumnOf(json, position.Line, position.Byte);
        }
        else if (path is not null)
        {
            (line, column) = Locate(json, path);
        }

        return new IcpJsonException(
            new JsonErrorDescription(document, documentChinese, reason, reasonChinese, (exception as IcpJsonException)?.Error, path ?? "$", line, column),
            exception);
    }

    // System.Text.Json's own messages name .NET types and end with zero-based positions; each kind a user can cause
    // is said again in the file's terms.
    private static (string Reason, string ReasonChinese) Translate(string fullMessage, string? path, Exception? inner, Type documentType)
    {
        string message = WithoutPosition(fullMessage);
        if (inner?.GetType().Name == "JsonReaderException")
        {
            return ("not valid JSON: " + Cut(message), "不是有效的 JSON");
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            string name = FirstQuoted(message);
            return ($"unknown property '{name}'", $"未知属性 '{name}'");
        }

        const string Missing = "was missing required properties including: ";
        int missing = message.IndexOf(Missing, StringComparison.Ordinal);
        if (missing >= 0)
        {
            string names = Cut(message[(missing + Missing.Length)..].TrimEnd('.'));
            bool several = names.Contains(',', StringComparison.Ordinal);
            return ($"missing required propert{(several ? "ies" : "y")} {names}", $"缺少必需的属性 {names}");
        }

        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            string name = LastMember(path);
            return ($"'{name}' may not be null", $"'{name}' 不能为 null");
        }

        const string NotConverted = "The JSON value could not be converted to ";
        if (message.StartsWith(NotConverted, StringComparison.Ordinal))
        {
            string named = message[NotConverted.Length..].TrimEnd('.');
            (string expected, string expectedChinese) = Friendly(path is null ? named : TypeAt(documentType, path, named)?.FullName ?? named);
            return ($"expected {expected} here", $"此处应为{expectedChinese}");
        }

        if (message.Contains("must specify a type discriminator", StringComparison.Ordinal))
        {
            return ("an event without its \"event\" name", "事件缺少 \"event\" 名称");
        }

        if (message.Contains("metadata properties must be JSON strings", StringComparison.Ordinal))
        {
            return ("\"event\" must be a string naming the event", "\"event\" 须为事件名称字符串");
        }

        if (message.Contains("unrecognized type discriminator id", StringComparison.Ordinal))
        {
            string name = FirstQuoted(message);
            return ($"'{name}' is not an event this library knows", $"'{name}' 不是已知的事件");
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) && message.Contains("propert", StringComparison.Ordinal))
        {
            string name = FirstQuoted(message);
            return ($"property '{name}' appears twice", $"属性 '{name}' 重复出现");
        }

        return (Cut(WithoutTypeNames(message)), "JSON 内容无效");
    }

    // " Path: $.x | LineNumber: 0 | BytePositionInLine: 3." (the serializer's) or " LineNumber: 0 | ..." (the reader's).
    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        int reader = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        int cut = at >= 0 && (reader < 0 || at < reader) ? at : reader;
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    // NotSupportedException carries its place only in its message: " Path: $.x | LineNumber: 0 | BytePositionInLine: 3."
    private static (string? Path, long Line, long Byte) PositionIn(string message)
    {
        const string PathLabel = " Path: ", LineLabel = " | LineNumber: ", ByteLabel = " | BytePositionInLine: ";
        int pathAt = message.LastIndexOf(PathLabel, StringComparison.Ordinal);
        int lineAt = pathAt < 0 ? -1 : message.IndexOf(LineLabel, pathAt, StringComparison.Ordinal);
        int byteAt = lineAt < 0 ? -1 : message.IndexOf(ByteLabel, lineAt, StringComparison.Ordinal);
        if (byteAt < 0
            || !long.TryParse(message.AsSpan(lineAt + LineLabel.Length, byteAt - lineAt - LineLabel.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long line)
            || !long.TryParse(message.AsSpan(byteAt + ByteLabel.Length).TrimEnd('.'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long position))
        {
            return (null, 0, 0);
        }

        return (message[(pathAt + PathLabel.Length)..lineAt], line, position);
    }

    private static string FirstQuoted(string message)
    {
        int open = message.IndexOf('\'', StringComparison.Ordinal);
        int close = open >= 0 ? message.IndexOf('\'', open + 1) : -1;
        return close > open ? CutName(message[(open + 1)..close]) : string.Empty;
    }

    private static string LastMember(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "value";
        }

        int dot = path.LastIndexOf('.');
        return CutName(dot >= 0 ? path[(dot + 1)..] : path);
    }

    private static (string English, string Chinese) Friendly(string typeName)
        => typeName switch
        {
            _ when typeName.Contains("ImmutableArray", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal)
                => ("an array", "数组"),
            "System.String" => ("a string", "字符串"),
            "System.Int32" or "System.Int64" => ("a whole number", "整数"),
            "System.Boolean" => ("true or false", "true 或 false"),
            _ when typeName.EndsWith("FilingEvent", StringComparison.Ordinal) => ("an event object", "事件对象"),
            _ => ("an object", "对象"),
        };

    // System.Text.Json names the object that holds a member when the member's own value (a string, a whole number,
    // true or false) has the wrong kind of token ("could not be converted to FilingSubject" for "name": 5), so the
    // kind expected is read from the member's metadata, found by walking the path from the document's type. Null
    // when the path leads nowhere the metadata knows (the message's own type is used then).
    internal static Type? TypeAt(Type documentType, string path, string namedType)
    {
        try
        {
            Type current = documentType;
            int i = 1; // after "$"
            while (i < path.Length)
            {
                var info = IcpJson.Options.GetTypeInfo(current);
                if (path[i] == '.')
                {
                    int end = path.IndexOfAny(['.', '['], i + 1);
                    end = end < 0 ? path.Length : end;
                    var property = Member(info, path[(i + 1)..end], namedType);
                    if (property is null)
                    {
                        return null;
                    }

                    current = property.PropertyType;
                    i = end;
                }
                else if (path[i] == '[' && i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]) && info.ElementType is { } element)
                {
                    int end = path.IndexOf(']', i);
                    if (end < 0)
                    {
                        return null;
                    }

                    current = element;
                    i = end + 1;
                }
                else
                {
                    return null; // "$['odd name']", or an index into what is not an array
                }
            }

            return Nullable.GetUnderlyingType(current) ?? current;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    // A member of the type, or of the derived type (an event) the message names.
    private static System.Text.Json.Serialization.Metadata.JsonPropertyInfo? Member(System.Text.Json.Serialization.Metadata.JsonTypeInfo info, string name, string namedType)
    {
        foreach (var property in info.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
        {
            if (derived.DerivedType.FullName == namedType)
            {
                return Member(IcpJson.Options.GetTypeInfo(derived.DerivedType), name, namedType);
            }
        }

        return null;
    }

    // Any remaining "IcpCompliance.X.Y", "System.X" or "NodaTime.X" becomes the kind of JSON value it stands for.
    private static string WithoutTypeNames(string message)
    {
        var builder = new StringBuilder(message.Length);
        int i = 0;
        while (i < message.Length)
        {
            int start = FirstTypeName(message, i);
            if (start < 0)
            {
                builder.Append(message, i, message.Length - i);
                break;
            }

            builder.Append(message, i, start - i);
            int end = start;
            while (end < message.Length && (char.IsLetterOrDigit(message[end]) || message[end] is '.' or '`' or '[' or ']' or '_' or '+'))
            {
                end++;
            }

            builder.Append(Friendly(message[start..end].TrimEnd('.')).English);
            i = end;
        }

        return builder.ToString();
    }

    private static int FirstTypeName(string message, int from)
    {
        int best = -1;
        foreach (string prefix in (ReadOnlySpan<string>)["IcpCompliance.", "System.", "NodaTime."])
        {
            int found = message.IndexOf(prefix, from, StringComparison.Ordinal);
            if (found >= 0 && (best < 0 || found < best))
            {
                best = found;
            }
        }

        return best;
    }

    // Names are cut shorter than messages; both have their control characters replaced.
    private static string Cut(string message) => JsonText.Printable(message, MaxMessage);

    private static string CutName(string name) => JsonText.Printable(name, MaxName);

    /// <summary>The one-based column of a zero-based UTF-8 byte position in a zero-based line.</summary>
    internal static int ColumnOf(string json, long zeroBasedLine, long bytePosition)
    {
        int index = 0;
        for (long line = 0; line < zeroBasedLine && index < json.Length; line++)
        {
            int next = json.IndexOf('\n', index);
            index = next < 0 ? json.Length : next + 1;
        }

        int column = 1;
        long bytes = 0;
        while (index < json.Length && bytes < bytePosition && json[index] != '\n')
        {
            char c = json[index];
            if (char.IsHighSurrogate(c) && index + 1 < json.Length && char.IsLowSurrogate(json[index + 1]))
            {
                bytes += 4;
                index += 2;
            }
            else
            {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                index++;
            }

            column++;
        }

        return column;
    }

    /// <summary>The one-based line and column where the value at a JSON path (<c>$.history[3]</c>, <c>$.state</c>)
    /// starts; the first line and column when the path is not found.</summary>
    internal static (int Line, int Column) Locate(string json, string path)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256, CommentHandling = JsonCommentHandling.Skip });
        var segments = new System.Collections.Generic.List<string>();
        var arrayIndex = new System.Collections.Generic.List<int>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = "." + reader.GetString();
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        segments.RemoveAt(segments.Count - 1);
                        arrayIndex.RemoveAt(arrayIndex.Count - 1);
                        continue;
                }

                // A value starts here: name it by its property or its index in the enclosing array.
                string segment = pendingProperty ?? (arrayIndex.Count > 0 && arrayIndex[^1] >= 0 ? "[" + arrayIndex[^1]++ + "]" : string.Empty);
                pendingProperty = null;
                string current = "$" + string.Concat(segments) + segment;
                if (current == path)
                {
                    return LineAndColumn(utf8, (int)reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    segments.Add(segment);
                    arrayIndex.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the start is the best there is.
        }

        return (1, 1);
    }

    private static (int Line, int Column) LineAndColumn(byte[] utf8, int offset)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
