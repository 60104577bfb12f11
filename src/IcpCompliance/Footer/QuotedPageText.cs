using System.Globalization;
using System.Text;

namespace IcpCompliance.Footer;

/// <summary>
/// Page text quoted in a finding's message (a link's address, a near miss): control, format and separator
/// characters and broken surrogates written as <c>\uXXXX</c>, and cut after <see cref="MaxLength"/> characters with
/// an ellipsis. Library users print messages too, and a page is text nobody checked: an escape sequence in an
/// <c>href</c> must not reach their terminal or log, and a 50 MB <c>href</c> must not be copied into every message.
/// </summary>
internal static class QuotedPageText
{
    /// <summary>At most this many characters of the page's text are quoted.</summary>
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
