namespace IcpCompliance.Rules;

/// <summary>Whether text is written in Chinese, as the bureaus want names, addresses and descriptions.</summary>
internal static class ChineseText
{
    /// <summary>True when the text holds at least one CJK ideograph (basic block or extension A).</summary>
    internal static bool HasIdeograph(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                return true;
            }
        }

        return false;
    }
}
