using System;
using System.Text.Json;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;

namespace IcpCompliance.Tests.Serialization;

/// <summary>The translation's edges, called directly: messages System.Text.Json does not write today (a property
/// named without quotes, a position without its path), paths the metadata does not know, and the column of a byte
/// position on lines of one-, two-, three- and four-byte characters.</summary>
public sealed partial class JsonErrorTests
{
    private static IcpJsonException DescribeInApplication(Exception e, string json = "{}")
        => JsonErrors.Describe(e, json, "an application", "备案申请", typeof(FilingApplication));

    [Fact]
    public void A_message_the_translation_does_not_know_is_kept_and_said_generically_in_Chinese()
    {
        // "propert" without "Duplicate", and "Duplicate" without "propert": neither is a property given twice.
        Assert.Equal(("The property 'x' is odd.", "JSON 内容无效"), Reasons(DescribeInApplication(new JsonException("The property 'x' is odd."))));
        Assert.Equal(("Duplicate 'x' found.", "JSON 内容无效"), Reasons(DescribeInApplication(new JsonException("Duplicate 'x' found."))));
        Assert.Equal(("property 'x' appears twice", "属性 'x' 重复出现"), Reasons(DescribeInApplication(new JsonException("Duplicate property 'x'."))));
    }

    [Fact]
    public void A_message_that_is_only_a_position_leaves_no_reason_behind()
    {
        Assert.Equal(string.Empty, DescribeInApplication(new JsonException(" Path: $.x | LineNumber: 0 | BytePositionInLine: 3.")).Reason);
        Assert.Equal(string.Empty, DescribeInApplication(new JsonException(" LineNumber: 0 | BytePositionInLine: 3.")).Reason);
    }

    [Fact]
    public void An_unknown_property_the_message_does_not_quote_is_named_empty()
    {
        Assert.Equal(("unknown property ''", "未知属性 ''"), Reasons(DescribeInApplication(new JsonException("The JSON property could not be mapped to any .NET member."))));
    }

    // NotSupportedException carries its place only in its message: half a place is no place.
    [Theory]
    [InlineData("Unsupported type7 | BytePositionInLine: 3.")] // a line and byte position without " Path: "
    [InlineData("Unsupported. Path: $.x")] // a path without " | LineNumber: "
    public void An_unsupported_value_whose_message_has_half_a_place_is_placed_at_the_start(string message)
    {
        IcpJsonException e = DescribeInApplication(new NotSupportedException(message));
        Assert.Equal(("$", 1, 1), (e.Path, e.Line, e.Column));
    }

    [Fact]
    public void A_path_without_a_line_is_located_in_the_text()
    {
        IcpJsonException e = DescribeInApplication(new JsonException("The property doesn't allow null values.", "$.a.b", null, null), "{\"a\": {\"b\": null}}");
        Assert.Equal(("$.a.b", 1, 13), (e.Path, e.Line, e.Column));
    }

    [Theory]
    [InlineData("$['odd name']")] // a name the serializer quotes
    [InlineData("$.operation[0]")] // an index into what is not an array
    [InlineData("$.nothing")]
    public void A_path_the_metadata_does_not_know_leads_to_no_type(string path)
    {
        Assert.Null(JsonErrors.TypeAt(typeof(FilingApplication), path, "x"));
    }

    [Fact]
    public void A_type_without_metadata_leads_to_no_type()
    {
        Assert.Null(JsonErrors.TypeAt(typeof(JsonErrorTests), "$.a", "x")); // the resolver throws NotSupportedException
    }

    // ColumnOf counts UTF-8 bytes (System.Text.Json's positions) back into characters.
    [Theory]
    [InlineData("\u0080ab", 0, 3, 3)] // U+0080 is the first two-byte character
    [InlineData("\u07FFab", 0, 3, 3)]
    [InlineData("\u0800ab", 0, 4, 3)] // U+0800 the first three-byte one
    [InlineData("a😀b", 0, 5, 3)] // a pair is four bytes and one column
    [InlineData("a😀bc", 0, 7, 5)]
    [InlineData("😀😀b", 0, 8, 3)]
    [InlineData("\nab", 1, 1, 2)] // a text that starts with a line break
    [InlineData("ab", 1, 1, 1)] // a line past the end of the text
    [InlineData("ab", 0, 5, 3)] // a position past the end of the line
    [InlineData("ab\ncd", 0, 9, 3)]
    public void A_byte_position_becomes_a_column_in_characters(string json, long line, long bytePosition, int column)
    {
        Assert.Equal(column, JsonErrors.ColumnOf(json, line, bytePosition));
    }

    // Every value converter names its value in both languages, read alone with the library's options.
    [Theory]
    [InlineData(typeof(IcpCompliance.Numbers.IcpFilingNumber), "ICP filing number", "ICP 备案号")]
    [InlineData(typeof(IcpCompliance.Numbers.IcpLicenseNumber), "ICP license number", "ICP 经营许可证编号")]
    [InlineData(typeof(IcpCompliance.Numbers.PsbFilingNumber), "PSB filing number", "公安备案号")]
    [InlineData(typeof(IcpCompliance.Identity.MobileNumber), "mobile number", "手机号码")]
    [InlineData(typeof(IcpCompliance.Identity.DomainName), "domain name", "域名")]
    [InlineData(typeof(IcpCompliance.Identity.ResidentIdNumber), "resident ID number", "居民身份证号码")]
    [InlineData(typeof(IcpCompliance.Identity.PassportNumber), "passport number", "护照号码")]
    [InlineData(typeof(IcpCompliance.Identity.TravelPermitNumber), "travel permit number", "通行证号码")]
    [InlineData(typeof(IcpCompliance.Identity.UnifiedSocialCreditCode), "unified social credit code", "统一社会信用代码")]
    public void Each_value_converter_names_its_value_in_both_languages(Type type, string description, string descriptionChinese)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => JsonSerializer.Deserialize("1", type, IcpJson.Options));
        Assert.Equal(($"Expected the {description} as a JSON string, found Number.", descriptionChinese + "应为 JSON 字符串，实际为数字"), Reasons(e));
    }

    [Fact]
    public void No_text_is_printed_as_nothing()
    {
        Assert.Equal(string.Empty, JsonText.Printable(null));
    }

    private static (string Reason, string ReasonChinese) Reasons(IcpJsonException e) => (e.Reason, e.ReasonChinese);
}
