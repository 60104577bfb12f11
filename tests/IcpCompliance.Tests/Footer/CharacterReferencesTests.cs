using IcpCompliance.Footer;

namespace IcpCompliance.Tests.Footer;

/// <summary>Character references as browsers read them, at the edges Stryker found untested: the last code point,
/// the surrogate block's ends, an overlong number, a decimal reference followed by a letter, legacy names without
/// ';' in and out of attributes, and astral code points in a decoded link.</summary>
public sealed class CharacterReferencesTests
{
    [Theory]
    [InlineData("&#x10FFFF;", 10, 0x10FFFF)]      // the last code point
    [InlineData("&#x110000;", 10, 0xFFFD)]        // one past it
    [InlineData("&#x10FFFF0;", 11, 0xFFFD)]       // more digits after the last code point
    [InlineData("&#1114111;", 10, 0x10FFFF)]
    [InlineData("&#99999999999999999999;", 23, 0xFFFD)]
    [InlineData("&#xD7FF;", 8, 0xD7FF)]           // the surrogate block's neighbours and ends
    [InlineData("&#xD800;", 8, 0xFFFD)]
    [InlineData("&#xDFFF;", 8, 0xFFFD)]
    [InlineData("&#xE000;", 8, 0xE000)]
    [InlineData("&#0;", 4, 0xFFFD)]
    [InlineData("&#65a", 4, 65)]                  // a decimal reference ends at the first non-digit
    [InlineData("&#x4eac", 7, 0x4EAC)]            // ';' is optional
    [InlineData("&#X4EAC;", 8, 0x4EAC)]
    public void Numeric_references_decode_to_their_code_point_or_the_replacement_character(string text, int length, int codePoint)
    {
        Assert.Equal(length, CharacterReferences.TryDecode(text, 0, out int decoded));
        Assert.Equal(codePoint, decoded);
    }

    [Theory]
    [InlineData("&#;")]
    [InlineData("&#x;")]
    [InlineData("&#")]
    [InlineData("&")]
    [InlineData("&unknown;")]
    public void A_reference_without_digits_or_a_known_name_is_text(string text)
        => Assert.Equal(0, CharacterReferences.TryDecode(text, 0, out _));

    [Theory]
    [InlineData("&copy", false, 5)]
    [InlineData("&copy", true, 5)]      // at the end of the value
    [InlineData("&copy ", true, 5)]
    [InlineData("&copy=1", false, 5)]   // in text a browser decodes it
    [InlineData("&copy=1", true, 0)]    // in an attribute not, as in a query string
    [InlineData("&copy1", true, 0)]
    [InlineData("&copyx", true, 0)]
    [InlineData("&nbsp;x", true, 6)]
    public void Legacy_names_without_a_semicolon_are_read_as_browsers_read_them(string text, bool inAttribute, int length)
        => Assert.Equal(length, CharacterReferences.TryDecode(text, 0, out _, inAttribute));

    [Theory]
    [InlineData("https://e.cn/?a=1&copy=2", "https://e.cn/?a=1&copy=2")]
    [InlineData("&amp;x", "&x")]
    [InlineData("a&#x1F600;b", "a\U0001F600b")]
    [InlineData("&#x4EAC;&#20140;", "京京")]
    [InlineData("&#xFFFF;", "\uFFFF")]
    [InlineData("no references", "no references")]
    public void An_attribute_value_is_decoded_as_a_whole(string text, string decoded)
        => Assert.Equal(decoded, CharacterReferences.Decode(text));
}
