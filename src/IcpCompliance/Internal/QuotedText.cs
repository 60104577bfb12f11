using System.Globalization;
using System.Text;

namespace IcpCompliance.Internal;

/// <summary>
/// Text nobody checked, quoted in a message (a page's link address or near miss in a finding; a setting's value in
/// the ASP.NET Core start-up error or an MSBuild diagnostic): control, format and separator characters and broken
/// surrogates written as <c>\uXXXX</c>, and cut after <see cref="MaxLength"/> characters with an ellipsis. Users
/// print messages: an escape sequence or a bidirectional control must not reach their terminal or log, and a 50 MB
/// value must not be copied into every message.
/// </summary>
/// <remarks>Compiled into IcpCompliance.AspNetCore and IcpCompliance.Build as well (a linked file): they quote
/// settings the same way and cannot see the library's internals.</remarks>
internal static class QuotedText
{
    /// <summary>At most this many characters of the text are quoted.</summary>
    internal const int MaxLength = 200;

    internal static string Quote(string text)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, MaxLength) + 8);
        int length = System.Math.Min(text.Length, MaxLength);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (i + 1 < length)
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            bool unsafeCharacter = char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
                UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            if (unsafeCharacter)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return text.Length > MaxLength ? builder.Append('…').ToString() : builder.ToString();
    }
}
