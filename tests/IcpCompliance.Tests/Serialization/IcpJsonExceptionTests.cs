using System;
using System.Text.Json;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;

namespace IcpCompliance.Tests.Serialization;

/// <summary>The exception's message outside the library's readers: thrown by a converter inside options of your
/// own, it says the path and line System.Text.Json gives it, and nothing when it has none.</summary>
public sealed class IcpJsonExceptionTests
{
    [Fact]
    public void Without_a_place_the_message_is_the_reason()
    {
        Assert.Equal("Bad value.", new IcpJsonException("Bad value.", null).Message);
        Assert.Equal("JSON 中的值无效", new IcpJsonException("Bad value.", null).ReasonChinese); // a user's converter says its own words
    }

    [Fact]
    public void Inside_options_of_your_own_the_message_names_the_path_and_the_line_from_one()
    {
        var options = IcpJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        string json = ApplicationJsonTests.Mutate("\"mobile\": \"13812345678\"", "\"mobile\": 1", firstOnly: true);
        int line = json[..json.IndexOf("\"mobile\": 1", StringComparison.Ordinal)].Split('\n').Length;

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => JsonSerializer.Deserialize<FilingApplication>(json, options));

        Assert.Equal($"Expected the mobile number as a JSON string, found Number. (at $.people[0].mobile, line {line})", e.Message);
        Assert.Null(e.Line);
    }

    [Fact]
    public void A_parsers_error_gives_a_users_exception_its_Chinese_reason()
    {
        var error = new IcpCompliance.Parsing.ParseError(IcpCompliance.Parsing.ParseErrorCode.UnknownProvince, 0, "Unknown province.", "未知的省份");

        var e = new IcpJsonException("Bad value.", error);

        Assert.Equal(("Bad value.", "未知的省份"), (e.Reason, e.ReasonChinese));
        Assert.Same(error, e.Error);
    }

    [Fact]
    public void The_zero_based_line_of_the_base_exception_is_one_less_than_the_line()
    {
        string json = ApplicationJsonTests.Mutate("\"mobile\": \"13812345678\"", "\"mobile\": 1", firstOnly: true);

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.True(e.Line > 1);
        Assert.Equal(e.Line - 1, e.LineNumber);
    }
}
