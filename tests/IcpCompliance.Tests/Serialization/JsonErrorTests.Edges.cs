using System;
using System.Text.Json;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;

namespace IcpCompliance.Tests.Serialization;

/// <summary>Edges the mutation run at fb23dc7 showed no test looked at: columns around unpaired surrogates, paths
/// the metadata cannot follow, text after a type name, a serializer message without a path, an event named by an
/// object or a number, and the Chinese words of refusals whose English the other tests already pin.</summary>
public sealed partial class JsonErrorTests
{
    [Fact]
    public void A_lone_low_surrogate_is_one_three_byte_character_and_does_not_pair_with_the_one_before()
    {
        // a (1 byte), U+DC00 (3 bytes, as the reader replaces it), b: byte 4 is the third column.
        Assert.Equal(3, JsonErrors.ColumnOf("a\uDC00b", 0, 4));
    }

    [Fact]
    public void A_lone_high_surrogate_at_the_end_of_the_text_ends_the_count_without_reading_past_it()
    {
        Assert.Equal(3, JsonErrors.ColumnOf("a\uD800", 0, 10));
    }

    [Theory]
    [InlineData("$.services['x']")] // a name in brackets on an array: not an index
    [InlineData("$.services[")] // a bracket at the end
    [InlineData("$.services[0")] // an index never closed
    public void A_path_into_an_array_that_is_not_an_index_leads_to_no_type(string path)
    {
        Assert.Null(JsonErrors.TypeAt(typeof(FilingApplication), path, "x"));
    }

    [Fact]
    public void A_path_through_an_array_to_a_member_leads_to_the_members_type()
    {
        Assert.Equal(typeof(bool), JsonErrors.TypeAt(typeof(FilingApplication), "$.services[0].isCommercial", "x"));
    }

    [Fact]
    public void Text_after_the_last_type_name_of_a_message_is_kept()
    {
        Assert.Equal("a whole number is not what was found here", DescribeInApplication(new JsonException("System.Int32 is not what was found here")).Reason);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_without_a_path_names_the_type_of_the_message()
    {
        Assert.Equal(("expected an object here", "此处应为对象"), Reasons(DescribeInApplication(new JsonException("The JSON value could not be converted to IcpCompliance.Filing.FilingSubject."))));
    }

    [Fact]
    public void An_event_named_by_an_object_is_refused_as_an_event_name_that_must_be_a_string()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        node["history"]!.AsArray()[^1]!.AsObject()["event"] = new System.Text.Json.Nodes.JsonObject();

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString()));

        Assert.Equal(("\"event\" must be a string naming the event", "\"event\" 须为事件名称字符串"), Reasons(e));
    }

    [Fact]
    public void An_event_named_by_a_number_is_an_event_the_library_does_not_know()
    {
        // The serializer reads a number as a name; it names no event.
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        node["history"]!.AsArray()[^1]!.AsObject()["event"] = 5;

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString()));

        Assert.Equal(("'5' is not an event this library knows", "'5' 不是已知的事件"), Reasons(e));
    }

    [Fact]
    public void A_plain_enumeration_of_the_wrong_token_is_refused_in_both_languages()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read("application", "\"hostingRegion\": \"Mainland\"", "\"hostingRegion\": 5"));

        Assert.Equal(("Expected a HostingRegion name as a JSON string, found Number.", "HostingRegion 名称应为 JSON 字符串，实际为数字"), Reasons(e));
    }

    [Fact]
    public void An_instant_outside_the_century_is_refused_in_both_languages()
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive).Replace("2026-03-02T01:00:00Z", "2100-01-01T00:00:00Z", StringComparison.Ordinal);

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));

        Assert.StartsWith("时间 2100-01-01T00:00:00Z 超出可计算的范围，", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_number_its_history_does_not_lead_to_is_named_in_Chinese_too()
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
        json = ReplaceFirst(json, "\"subjectNumber\": \"京ICP备2026012345号\"", "\"subjectNumber\": \"京ICP备2026012346号\"");

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Equal("保存的 subjectNumber（京ICP备2026012346号）与历史事件得出的结果（京ICP备2026012345号）不一致", e.ReasonChinese);
    }

    [Fact]
    public void A_member_refused_after_reading_is_located_in_characters_after_Chinese_text_on_its_line()
    {
        // One line, with the subject number's Chinese characters (three bytes each, written as themselves) before
        // the service numbers the history does not lead to.
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive).Replace("\n", string.Empty, StringComparison.Ordinal);
        json = ReplaceFirst(json, "\"serviceNumbers\": [    \"京ICP备2026012345号-1\"  ]", "\"serviceNumbers\": [\"京ICP备2026012345号-2\"]");

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Equal(("$.serviceNumbers", 1, json.IndexOf("[\"京ICP备2026012345号-2", StringComparison.Ordinal) + 1), (e.Path, e.Line, e.Column));
    }

    [Fact]
    public void An_unsupported_value_whose_message_is_only_its_place_is_placed_there()
    {
        IcpJsonException e = DescribeInApplication(new NotSupportedException(" Path: $.x | LineNumber: 0 | BytePositionInLine: 6."), "{\"x\": 1}");

        Assert.Equal(("$.x", 1, 7), (e.Path, e.Line, e.Column));
    }

    [Fact]
    public void A_name_quoted_at_the_very_start_of_a_message_is_read()
    {
        Assert.Equal("property 'x' appears twice", DescribeInApplication(new JsonException("'x' is a Duplicate property.")).Reason);
    }
}
