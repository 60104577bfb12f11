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
}
