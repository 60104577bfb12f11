using System;
using System.Linq;
using System.Text.Json;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Serialization;

/// <summary>The words and places of JSON errors, one by one: a document or certificate of the wrong shape, dates and
/// names of the wrong token type, long or hostile property names, null documents, and a stored case whose numbers
/// disagree with its history.</summary>
public sealed partial class JsonErrorTests
{
    [Theory]
    [InlineData("{\n        \"kind\": \"ResidentIdCard\",\n        \"number\": \"11010819850315123X\"\n      }", "\"11010819850315123X\"", "Expected the identity document as an object with \"kind\" and \"number\", found String.", "身份证件应为含 \"kind\" 和 \"number\" 的对象，实际为字符串")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "\"kind\": 1,", "The identity document's \"kind\" must be a string, found Number.", "身份证件的 \"kind\" 应为字符串，实际为数字")]
    [InlineData("\"number\": \"11010819850315123X\"", "\"number\": true", "The identity document's \"number\" must be a string, found True.", "身份证件的 \"number\" 应为字符串，实际为 true")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "\"kind\": \"ResidentIdCard\", \"issuer\": \"x\",", "The identity document has an unknown property \"issuer\"; expected \"kind\" and \"number\".", "身份证件含未知属性 \"issuer\"；应为 \"kind\" 和 \"number\"")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "", "The identity document needs both \"kind\" and \"number\".", "身份证件须同时含 \"kind\" 和 \"number\"")]
    [InlineData(",\n        \"number\": \"11010819850315123X\"", "", "The identity document needs both \"kind\" and \"number\".", "身份证件须同时含 \"kind\" 和 \"number\"")]
    [InlineData("\"kind\": \"ResidentIdCard\",", "\"kind\": \"IdCard\",", "\"IdCard\" is not a kind of identity document; expected ResidentIdCard, ResidencePermit, TravelPermit or Passport.", "\"IdCard\" 不是身份证件的种类；应为 ResidentIdCard, ResidencePermit, TravelPermit, Passport")]
    [InlineData("\"kind\": \"CreditCode\",", "\"kind\": \"License\",", "\"License\" is not a kind of certificate; expected ResidentIdCard, ResidencePermit, TravelPermit, Passport or CreditCode.", "\"License\" 不是主体证件的种类；应为 ResidentIdCard, ResidencePermit, TravelPermit, Passport, CreditCode")]
    [InlineData("\"kind\": \"CreditCode\",", "\"kind\": 7,", "The certificate's \"kind\" must be a string, found Number.", "主体证件的 \"kind\" 应为字符串，实际为数字")]
    [InlineData("\"documentValidUntil\": \"2035-03-15\"", "\"documentValidUntil\": 20350315", "Expected an ISO date such as 2026-11-23 as a JSON string, found Number.", "ISO 日期（如 2026-11-23）应为 JSON 字符串，实际为数字")]
    [InlineData("\"documentValidUntil\": \"2035-03-15\"", "\"documentValidUntil\": \"2035-13-15\"", "\"2035-13-15\" is not an ISO date such as 2026-11-23.", "\"2035-13-15\" 不是ISO 日期（如 2026-11-23）")]
    [InlineData("\"entityType\": \"Enterprise\"", "\"entityType\": 1", "Expected a EntityType name as a JSON string, found Number.", "EntityType 名称应为 JSON 字符串，实际为数字")]
    public void A_value_of_the_wrong_shape_says_what_was_expected_and_where(string find, string replace, string message, string messageChinese)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate(find, replace, firstOnly: true)));
        Assert.Equal((message, messageChinese), (e.Reason, e.ReasonChinese));
        Assert.StartsWith("The JSON is not an application: " + message + " (at $.", e.Message, StringComparison.Ordinal);
    }

    // The serializer names the object holding a member whose value has the wrong kind of token ("could not be
    // converted to FilingSubject" for "name": 5); the message says the member's own kind, read from its metadata.
    [Theory]
    [InlineData("application", "\"name\": \"北京示例科技有限公司\"", "\"name\": 5", "expected a string here", "此处应为字符串", "$.subject.name")]
    [InlineData("application", "\"city\": \"北京市\"", "\"city\": []", "expected a string here", "此处应为字符串", "$.subject.address.city")]
    [InlineData("application", "\"isCommercial\": false", "\"isCommercial\": \"no\"", "expected true or false here", "此处应为true 或 false", "$.services[0].isCommercial")]
    [InlineData("application", "\"registeredInMainland\": true", "\"registeredInMainland\": 1", "expected true or false here", "此处应为true 或 false", "$.services[0].domains[0].registeredInMainland")]
    [InlineData("application", "\"subject\": {", "\"subject\": 5, \"x\": {", "expected an object here", "此处应为对象", "$.subject")]
    [InlineData("application", "\"services\": [", "\"services\": \"x\", \"x\": [", "expected an array here", "此处应为数组", "$.services")]
    [InlineData("case", "\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", "expected a whole number here", "此处应为整数", "$.schemaVersion")]
    [InlineData("case", "\"accepted\": true", "\"accepted\": \"yes\"", "expected true or false here", "此处应为true 或 false", "$.history[5].accepted")]
    [InlineData("case", "\"history\": [", "\"history\": [\"x\",", "expected an event object here", "此处应为事件对象", "$.history[0]")]
    [InlineData("report", "", "{\"findings\": [{\"ruleId\": 5}]}", "expected a string here", "此处应为字符串", "$.findings[0].ruleId")]
    public void A_value_of_the_wrong_kind_says_the_kind_its_member_expects(string document, string find, string replace, string reason, string reasonChinese, string path)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read(document, find, replace));
        Assert.Equal((reason, reasonChinese, path), (e.Reason, e.ReasonChinese, e.Path));
    }

    // Each kind of refusal the serializer or the stored case's checks make, in the file's terms and in both languages.
    [Theory]
    [InlineData("case", "", "{}", "missing required properties 'schemaVersion', 'state', 'history'", "缺少必需的属性 'schemaVersion', 'state', 'history'", "$")]
    [InlineData("application", "\"operation\": \"FirstFiling\",", "", "missing required property 'operation'", "缺少必需的属性 'operation'", "$")]
    [InlineData("application", "\"operation\": \"FirstFiling\",", "\"operation\": \"FirstFiling\", \"operation\": \"FirstFiling\",", "property 'operation' appears twice", "属性 'operation' 重复出现", "$.operation")]
    [InlineData("application", "\"subject\": {", "\"subject\": null, \"x\": {", "'subject' may not be null", "'subject' 不能为 null", "$.subject")]
    [InlineData("case", "\"event\": \"CaseStarted\",", "", "an event without its \"event\" name", "事件缺少 \"event\" 名称", "$.history[0]")]
    [InlineData("case", "\"event\": \"CaseStarted\",", "\"event\": \"Nope\",", "'Nope' is not an event this library knows", "'Nope' 不是已知的事件", "$.history[0]")]
    [InlineData("case", "\"schemaVersion\": 1", "\"schemaVersion\": 0", "Schema version 0 is not one this library wrote; expected 1.", "架构版本 0 不是本库可读的版本（1）", "$.schemaVersion")]
    [InlineData("case", "\"schemaVersion\": 1", "\"schemaVersion\": 2", "The case was stored with schema version 2, newer than this library reads (1); upgrade the library.", "架构版本 2 不是本库可读的版本（1）", "$.schemaVersion")]
    [InlineData("case", "\"history\": [", "\"history\": [null,", "A stored case's history must start with a CaseStarted event.", "案件历史须以 CaseStarted 事件开始", "$.history[0]")]
    [InlineData("case", "\"state\": \"Live\"", "\"state\": \"Draft\"", "The stored state (Draft) does not match what the history leads to (Live).", "保存的 state（Draft）与历史事件得出的结果（Live）不一致", "$.state")]
    [InlineData("case", "\"event\": \"CaseStarted\",", "\"event\": \"CaseStarted\", \"event\": \"CaseStarted\",", "property 'event' appears twice", "属性 'event' 重复出现", "$.history[0].event")]
    [InlineData("application", "\"kind\": \"ResidentIdCard\",", "\"kind\": \"ResidencePermit\",", "The number \"11010819850315123X\" is a ResidentIdCard, not a ResidencePermit.", "号码 \"11010819850315123X\" 是 ResidentIdCard，不是 ResidencePermit", "$.people[0].document")]
    [InlineData("application", "\"mobile\": \"13812345678\"", "\"mobile\": 1", "Expected the mobile number as a JSON string, found Number.", "手机号码应为 JSON 字符串，实际为数字", "$.people[0].mobile")]
    [InlineData("application", "\"domain\": \"shili-keji.cn\"", "\"domain\": false", "Expected the domain name as a JSON string, found False.", "域名应为 JSON 字符串，实际为 false", "$.services[0].domains[0].domain")]
    [InlineData("application", "\"mobile\": \"13812345678\"", "\"mobile\": \"1381234567\"", "Invalid mobile number \"1381234567\": WrongLength at position 10: A Mainland mobile number has 11 digits.", "手机号码 \"1381234567\" 无效（WrongLength，位置 10）：中国大陆手机号码应为11位数字。", "$.people[0].mobile")]
    [InlineData("application", "\"province\": \"Beijing\"", "\"province\": 1", "Expected a Province name as a JSON string, found Number.", "Province 名称应为 JSON 字符串，实际为数字", "$.subject.province")]
    [InlineData("application", "\"hostingRegion\": \"Mainland\"", "\"hostingRegion\": \"Moon\"", "\"Moon\" is not a HostingRegion; expected one of Mainland, HongKong, Macao, Overseas.", "\"Moon\" 不是 HostingRegion 的成员；应为以下之一：Mainland, HongKong, Macao, Overseas", "$.services[0].hostingRegion")]
    [InlineData("case", "\"subjectNumber\": \"京ICP备2026012345号\"", "\"subjectNumber\": 1", "Expected the ICP filing number as a JSON string, found Number.", "ICP 备案号应为 JSON 字符串，实际为数字", "$.subjectNumber")]
    [InlineData("case", "\"subjectNumber\": \"京ICP备2026012345号\"", "\"subjectNumber\": \"京ICP备\"", "Invalid ICP filing number \"京ICP备\": DigitsMissing at position 5: Expected digits here.", "ICP 备案号 \"京ICP备\" 无效（DigitsMissing，位置 5）：此处应为数字。", "$.subjectNumber")]
    [InlineData("case", "\"at\": \"2026-03-02T01:00:00Z\"", "\"at\": \"yesterday\"", "\"yesterday\" is not an ISO instant such as 2026-11-23T01:30:00Z or 2026-11-23T09:30:00+08:00.", "\"yesterday\" 不是ISO 时刻（如 2026-11-23T01:30:00Z 或 2026-11-23T09:30:00+08:00）", "$.history[0].at")]
    [InlineData("case", "\"at\": \"2026-03-02T01:00:00Z\"", "\"at\": 5", "Expected an ISO instant such as 2026-11-23T01:30:00Z or 2026-11-23T09:30:00+08:00 as a JSON string, found Number.", "ISO 时刻（如 2026-11-23T01:30:00Z 或 2026-11-23T09:30:00+08:00）应为 JSON 字符串，实际为数字", "$.history[0].at")]
    [InlineData("case", "\"state\": \"Live\"", "\"state\": 3", "Expected a FilingState name as a JSON string, found Number.", "FilingState 名称应为 JSON 字符串，实际为数字", "$.state")]
    public void Each_kind_of_refusal_is_said_in_the_files_terms(string document, string find, string replace, string reason, string reasonChinese, string path)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read(document, find, replace));
        Assert.Equal((reason, reasonChinese, path), (e.Reason, e.ReasonChinese, e.Path));
    }

    // The kind of JSON value found instead of a string, named in both languages.
    [Theory]
    [InlineData("\"entityType\": \"Enterprise\"", "\"entityType\": []", "StartArray", "数组")]
    [InlineData("\"entityType\": \"Enterprise\"", "\"entityType\": {}", "StartObject", "对象")]
    [InlineData("\"hostingRegion\": \"Mainland\"", "\"hostingRegion\": null", "Null", " null")]
    [InlineData("\"mobile\": \"13812345678\"", "\"mobile\": true", "True", " true")]
    [InlineData("\"mobile\": \"13812345678\"", "\"mobile\": 13812345678", "Number", "数字")]
    public void A_value_that_is_not_a_string_names_the_kind_found_in_both_languages(string find, string replace, string found, string foundChinese)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read("application", find, replace));
        Assert.EndsWith($", found {found}.", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith("应为 JSON 字符串，实际为" + foundChinese, e.ReasonChinese, StringComparison.Ordinal);
    }

    // System.Text.Json checks that a member is not null, not an element of an array: the library does, and names the
    // element, not the array or the object that holds it.
    [Theory]
    [InlineData("application", "\n  ],\n  \"services\"", ", null\n  ],\n  \"services\"", "people[3]", "$.people[3]")]
    [InlineData("application", "\n    }\n  ],\n  \"documents\"", "\n    }, null\n  ],\n  \"documents\"", "services[1]", "$.services[1]")]
    [InlineData("application", "\"domains\": [", "\"domains\": [null, ", "domains[0]", "$.services[0].domains[0]")]
    [InlineData("application", "\"preApprovals\": []", "\"preApprovals\": [{\"category\": \"News\", \"documentNumber\": \"x\"}, null]", "preApprovals[1]", "$.services[0].preApprovals[1]")]
    [InlineData("case", "\"recipients\": [", "\"recipients\": [null, ", "recipients[0]", "$.history[4].recipients[0]")]
    [InlineData("report", "", "{\"findings\": [null]}", "findings[0]", "$.findings[0]")]
    public void A_null_element_of_an_array_is_refused_at_the_element(string document, string find, string replace, string element, string path)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read(document, find, replace));
        Assert.Equal(
            (element + " is null; the array's elements must be objects.", element + " 为 null；数组的元素须为对象", path),
            (e.Reason, e.ReasonChinese, e.Path));
    }

    [Fact]
    public void A_null_element_is_located_at_its_line_and_column()
    {
        string json = ApplicationJsonTests.Mutate("\n    }\n  ],\n  \"documents\"", "\n    }, null\n  ],\n  \"documents\"", firstOnly: true);
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));
        int line = json[..json.IndexOf("}, null", StringComparison.Ordinal)].Split('\n').Length;
        Assert.Equal(("$.services[1]", line, 8), (e.Path, e.Line, e.Column)); // "    }, null": the null stands at column 8
        Assert.Contains("(at $.services[1], line " + line + ", column 8); ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_whose_history_is_empty_is_refused_at_the_history()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!;
        node["history"] = new System.Text.Json.Nodes.JsonArray();
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString()));
        Assert.Equal(("A stored case's history must start with a CaseStarted event.", "$.history"), (e.Reason, e.Path));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_as_not_valid_UTF16()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("{\"operation\": \"\uD800\"}"));
        Assert.Equal(("the text holds a lone surrogate, which is not valid UTF-16", "文本含有不成对的代理字符，不是有效的 UTF-16"), (e.Reason, e.ReasonChinese));
        Assert.StartsWith("The JSON is not an application: the text holds a lone surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_a_character_outside_the_BMP_once_and_a_two_byte_character_once()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("{\"é😀\": 1}"));
        Assert.Equal(("unknown property 'é😀'", 1, 7), (e.Reason, e.Line, e.Column)); // { " é 😀 " : then the reader
    }

    [Fact]
    public void A_province_that_is_not_one_lists_every_province_by_name()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read("application", "\"province\": \"Beijing\"", "\"province\": \"Mars\""));
        Assert.Equal("\"Mars\" is not a Province; expected one of " + string.Join(", ", IcpCompliance.Regions.Province.All.Select(p => p.Name)) + ".", e.Reason);
    }

    [Theory]
    [InlineData("\"11010819850315123X\"", "\"11010819850315123Y\"", "ResidentIdCard number", "ResidentIdCard 号码", "$.people[0].document")]
    [InlineData("\"91110108MA01ABCD5T\"", "\"91110108MA01ABCD5X\"", "unified social credit code", "统一社会信用代码", "$.subject.certificate")]
    public void A_document_number_that_does_not_parse_quotes_it_with_the_parsers_error(string find, string replace, string what, string whatChinese, string path)
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => Read("application", find, replace));
        Assert.NotNull(e.Error);
        Assert.Equal($"Invalid {what} {replace}: {e.Error.Code} at position {e.Error.Position}: {e.Error.Message}", e.Reason);
        Assert.Equal(($"{whatChinese} {replace} 无效（{e.Error.Code}，位置 {e.Error.Position}）：{e.Error.MessageChinese}", path), (e.ReasonChinese, e.Path));
    }

    [Fact]
    public void A_finding_that_occurs_no_time_is_refused()
    {
        string json = IcpJson.Serialize(IcpCompliance.Rules.RuleSet.Default.Evaluate(SampleFilings.CompanyWebsite with { Services = [] }, new NodaTime.LocalDate(2026, 12, 7)));
        Assert.Contains("\"occurrences\": 1", json, StringComparison.Ordinal);
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeRuleReport(ReplaceFirst(json, "\"occurrences\": 1", "\"occurrences\": 0")));
        Assert.Equal(("A finding occurs at least once; occurrences must be 1 or more.", "发现次数至少为 1"), (e.Reason, e.ReasonChinese));
    }

    [Fact]
    public void A_null_event_after_the_first_is_refused_where_it_stands()
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
        int first = json.IndexOf("\n    },", StringComparison.Ordinal) + "\n    },".Length;
        json = json[..first] + " null," + json[first..];
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));
        Assert.Equal(("history[1] is null; the array's elements must be objects.", "历史事件不能为 null", "$.history[1]"), (e.Reason, e.ReasonChinese, e.Path));
        int line = json[..first].Split('\n').Length;
        Assert.Equal((line, 8), (e.Line, e.Column)); // "    }, null": the null stands at column 8
    }

    [Fact]
    public void An_event_without_its_name_is_located_where_the_reader_stood()
    {
        string json = ReplaceFirst(IcpJson.Serialize(SampleCases.CompanyWebsiteLive), "\"event\": \"CaseStarted\",", string.Empty);
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));
        // The serializer looks for the name through the first member and stops just after its colon: "application":
        string[] lines = json.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("\"application\": {", StringComparison.Ordinal));
        Assert.Equal(("$.history[0]", line + 1, lines[line].IndexOf(':', StringComparison.Ordinal) + 2), (e.Path, e.Line, e.Column));
    }

    [Fact]
    public void A_case_read_with_a_workflow_is_refused_at_the_member_with_its_line_and_column()
    {
        string json = ReplaceFirst(IcpJson.Serialize(SampleCases.CompanyWebsiteLive), "\"schemaVersion\": 1", "\"schemaVersion\": 0");
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json, FilingWorkflow.Default));
        Assert.Equal(("$.schemaVersion", 2, json.Split('\n')[1].IndexOf('0', StringComparison.Ordinal) + 1), (e.Path, e.Line, e.Column));
    }

    [Fact]
    public void A_member_refused_after_reading_is_located_in_characters_on_one_long_line()
    {
        // Compact JSON, the stored subject number (nine characters of three bytes each) before the state.
        var node = System.Text.Json.Nodes.JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject { ["subjectNumber"] = node["subjectNumber"]!.DeepClone(), ["state"] = "Draft" };
        foreach (var member in node.Where(m => m.Key is not ("subjectNumber" or "state")).ToList())
        {
            reordered[member.Key] = member.Value?.DeepClone();
        }

        string json = reordered.ToJsonString();
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));
        Assert.Equal(("$.state", 1, json.IndexOf("\"Draft\"", StringComparison.Ordinal) + 1), (e.Path, e.Line, e.Column));
    }

    // The translation's safety nets, for what no input reaches today: a future serializer message naming .NET
    // types, a value outside what the library computes with, any other exception, a null error without a path.
    [Fact]
    public void Messages_no_input_reaches_today_still_name_no_type_and_say_what_is_wrong()
    {
        static IcpJsonException Describe(Exception e) => JsonErrors.Describe(e, "{}", "an application", "备案申请", typeof(FilingApplication));

        Assert.Equal(
            "a whole number at an object, an array or an object",
            Describe(new JsonException("System.Int32 at IcpCompliance.Filing.FilingService, System.Collections.Immutable.ImmutableArray`1[IcpCompliance.Filing.FilingService] or NodaTime.Instant.")).Reason);
        Assert.Equal(("a value is outside what the library can compute with", "值超出可计算的范围"), (Describe(new OverflowException()).Reason, Describe(new OverflowException()).ReasonChinese));
        IcpJsonException other = Describe(new InvalidOperationException("bad\u0007" + new string('x', 400)));
        Assert.Equal(("the text is not usable: bad\uFFFD" + new string('x', 296) + "…", "内容无法使用"), (other.Reason, other.ReasonChinese));
        Assert.Equal("'value' may not be null", Describe(new JsonException("The property doesn't allow null values.")).Reason);
        Assert.Equal("'b' may not be null", Describe(new JsonException("The property doesn't allow null values.", "$.a.b", 0, 0)).Reason);
    }

    private static object Read(string document, string find, string replace) => document switch
    {
        "application" => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate(find, replace, firstOnly: true)),
        "case" => IcpJson.DeserializeCase(ReplaceFirst(IcpJson.Serialize(SampleCases.CompanyWebsiteLive), find, replace)),
        _ => IcpJson.DeserializeRuleReport(replace),
    };

    private static string ReplaceFirst(string json, string find, string replace)
    {
        int index = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, find);
        return json[..index] + replace + json[(index + find.Length)..];
    }

    [Fact]
    public void The_line_of_an_error_is_counted_from_one()
    {
        string json = ApplicationJsonTests.Mutate("\"entityType\": \"Enterprise\"", "\"entityType\": 1", firstOnly: true);
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));
        int line = json[..json.IndexOf("\"entityType\": 1", StringComparison.Ordinal)].Split('\n').Length;
        Assert.Equal(4, line);
        int column = json.Split('\n')[3].IndexOf('1', StringComparison.Ordinal) + 2; // just after the value, where the reader stood
        Assert.Equal((4, column, "$.subject.entityType"), (e.Line, e.Column, e.Path));
        Assert.Contains($"(at $.subject.entityType, line 4, column {column}); ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith($"（$.subject.entityType，第 4 行第 {column} 列）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_or_hostile_property_name_is_shortened_and_made_printable()
    {
        string name = new string('x', 70);
        IcpJsonException longName = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate("\"kind\": \"ResidentIdCard\",", "\"" + name + "\": \"x\",", firstOnly: true)));
        Assert.Contains("\"" + new string('x', 64) + "…\"", longName.Message, StringComparison.Ordinal);
        IcpJsonException exact = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate("\"kind\": \"ResidentIdCard\",", "\"" + name[..64] + "\": \"x\",", firstOnly: true)));
        Assert.Contains("\"" + name[..64] + "\";", exact.Message, StringComparison.Ordinal);
        IcpJsonException control = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate("\"kind\": \"ResidentIdCard\",", "\"a\\u0007b\": \"x\",", firstOnly: true)));
        Assert.Contains("\"a\uFFFDb\"", control.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_text_and_the_JSON_null_are_refused_with_what_was_expected()
    {
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeApplication(null!));
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeCase(null!));
        Assert.Throws<ArgumentNullException>(() => IcpJson.DeserializeRuleReport(null!));
        Assert.Equal("The JSON is not an application: the text is the JSON null (at $, line 1, column 1); 该 JSON 不是备案申请：内容为 JSON null（$，第 1 行第 1 列）", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("null")).Message);
        Assert.StartsWith("The JSON is not a stored case: the text is the JSON null", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase("null")).Message, StringComparison.Ordinal);
        Assert.StartsWith("The JSON is not a rule report: the text is the JSON null", Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeRuleReport("null")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => IcpJson.Serialize((FilingApplication)null!));
        Assert.Throws<ArgumentNullException>(() => IcpJson.Serialize((FilingCase)null!));
    }

    [Theory]
    [InlineData("\"subjectNumber\": \"京ICP备2026012345号\"", "\"subjectNumber\": \"京ICP备2026012346号\"", "The stored subjectNumber (京ICP备2026012346号) does not match what the history leads to (京ICP备2026012345号).")]
    [InlineData("\"serviceNumbers\": [\n    \"京ICP备2026012345号-1\"\n  ]", "\"serviceNumbers\": [\n    \"京ICP备2026012345号-2\"\n  ]", "The stored serviceNumbers (京ICP备2026012345号-2) does not match what the history leads to (京ICP备2026012345号-1).")]
    [InlineData("\"serviceNumbers\": [", "\"licenseNumber\": \"京B2-20201234\",\n  \"serviceNumbers\": [", "The stored licenseNumber (京B2-20201234) does not match what the history leads to (none).")]
    [InlineData("\"serviceNumbers\": [\n    \"京ICP备2026012345号-1\"\n  ]", "\"serviceNumbers\": [\"京ICP备2026012345号-1\", \"京ICP备2026012345号-2\"]", "The stored serviceNumbers (京ICP备2026012345号-1, 京ICP备2026012345号-2) does not match what the history leads to (京ICP备2026012345号-1).")]
    public void A_stored_number_that_its_history_does_not_lead_to_is_named(string find, string replace, string message)
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive);
        Assert.Contains(find, json, StringComparison.Ordinal);
        int index = json.IndexOf(find, StringComparison.Ordinal); // the stored member, before the history repeats it
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json[..index] + replace + json[(index + find.Length)..]));
        Assert.Equal(message, e.Reason);
    }
}
