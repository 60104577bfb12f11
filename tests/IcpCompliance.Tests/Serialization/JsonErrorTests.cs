using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Serialization;

/// <summary>
/// Every bad JSON text is refused with one <see cref="IcpJsonException"/> in the user's terms (issue #23, item 3;
/// issue #26, item 2): what the text is not, what is wrong without .NET type names, the JSON path and the one-based
/// line and column, in English and Chinese; a case the reader accepts never makes the deadline calculator throw.
/// </summary>
public sealed partial class JsonErrorTests
{
    private static readonly string[] NotForUsers = ["IcpCompliance.", "System.", "NodaTime.", "StoredCase", "LineNumber", "BytePositionInLine", ".NET"];

    [Fact]
    public void An_unknown_property_is_named_with_its_path_line_and_column_counted_from_one()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("{\n  \"operation\": \"FirstFiling\",\n  \"name\": 1\n}"));

        Assert.Equal(("unknown property 'name'", "未知属性 'name'"), (e.Reason, e.ReasonChinese));
        Assert.Equal(("$.name", 3, 10), (e.Path, e.Line, e.Column)); // just after the colon, where the reader stood
        Assert.Equal("The JSON is not an application: unknown property 'name' (at $.name, line 3, column 10); 该 JSON 不是备案申请：未知属性 'name'（$.name，第 3 行第 10 列）", e.Message);
    }

    [Fact]
    public void Text_that_is_not_JSON_says_so_with_the_place_and_without_the_readers_zero_based_positions()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("{\n  \"operation\": \"FirstFiling\",\n  x"));

        Assert.Equal("not valid JSON: 'x' is an invalid start of a property name. Expected a '\"'.", e.Reason); // the reader's words, cut before its position
        Assert.Equal("不是有效的 JSON", e.ReasonChinese);
        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication("{\"名称\": 1, \"x\": 2}"));

        Assert.Equal(("unknown property '名称'", 1, 7), (e.Reason, e.Line, e.Column));
    }

    [Fact]
    public void A_stored_case_without_service_numbers_reads_when_its_history_leads_to_none()
    {
        var node = JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteAwaitingSms))!.AsObject();
        Assert.True(node.Remove("serviceNumbers") || true);

        Assert.Equal(SampleCases.CompanyWebsiteAwaitingSms, IcpJson.DeserializeCase(node.ToJsonString()));
    }

    [Fact]
    public void A_stored_case_without_the_service_numbers_its_history_leads_to_is_refused_naming_them()
    {
        var node = JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteLive))!.AsObject();
        Assert.True(node.Remove("serviceNumbers"));

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(node.ToJsonString()));

        Assert.Equal("The stored serviceNumbers (none) does not match what the history leads to (京ICP备2026012345号-1).", e.Reason);
        Assert.Equal("保存的 serviceNumbers（无）与历史事件得出的结果（京ICP备2026012345号-1）不一致", e.ReasonChinese);
        Assert.Equal("$.serviceNumbers", e.Path);
    }

    [Fact]
    public void A_refused_history_event_is_located_by_its_index()
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive).Replace("\"event\": \"ProviderReviewBegan\"", "\"event\": \"BureauReviewBegan\"", StringComparison.Ordinal);

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Equal("$.history[2]", e.Path);
        int line = json[..json.IndexOf("\"event\": \"BureauReviewBegan\"", StringComparison.Ordinal)].Split('\n').Length - 1;
        Assert.Equal((line, 5), (e.Line, e.Column)); // the event's opening brace, on the line before its name
        Assert.StartsWith("第 2 个历史事件（BureauReviewBegan）不能接在之前的事件之后：", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2100-01-01T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void Instants_outside_the_century_are_refused_where_they_stand(string instant)
    {
        string json = IcpJson.Serialize(SampleCases.CompanyWebsiteLive).Replace("2026-03-02T01:00:00Z", instant, StringComparison.Ordinal);

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Equal("$.history[0].at", e.Path);
        Assert.Equal($"The instant {instant} is outside what the library computes with: it must be between 2000-01-01T00:00:00Z and 2099-12-31T23:59:59Z.", e.Reason);
    }

    [Fact]
    public void Events_at_the_end_of_the_century_are_read_and_their_deadlines_computed()
    {
        var node = JsonNode.Parse(IcpJson.Serialize(SampleCases.CompanyWebsiteAwaitingSms))!;
        var history = node["history"]!.AsArray();
        for (int i = 0; i < history.Count; i++)
        {
            history[i]!["at"] = Instant.FromUtc(2099, 12, 31, 23, 50 + i).ToString();
        }

        FilingCase late = IcpJson.DeserializeCase(node.ToJsonString());

        Assert.NotEmpty(DeadlineCalculator.Default.For(late));
        Assert.All(DeadlineCalculator.Default.For(late), d => Assert.True((d.DueAt ?? d.DueOn!.Value.AtMidnight().InUtc().ToInstant()) > late.LastEventAt));
    }

    [Fact]
    public void No_event_can_be_made_outside_the_century()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceWentLive(Instant.FromUtc(2100, 1, 1, 0, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FilingCanceled(Instant.FromUtc(1999, 12, 31, 23, 59)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FilingCase.Start(SampleFilings.CompanyWebsite, Instant.MaxValue));
        Assert.Equal(Instant.FromUtc(2000, 1, 1, 0, 0), new FilingCanceled(Instant.FromUtc(2000, 1, 1, 0, 0)).At);
        Assert.Equal(Instant.FromUtc(2099, 12, 31, 23, 59, 59), new FilingCanceled(Instant.FromUtc(2099, 12, 31, 23, 59, 59)).At);
    }

    public static TheoryData<string, string> Documents() => new()
    {
        { "application", IcpJson.Serialize(SampleFilings.CompanyWebsite) },
        { "case", IcpJson.Serialize(SampleCases.CompanyWebsiteLive) },
        { "case", IcpJson.Serialize(SampleCases.MiniProgramInVerification) },
    };

    /// <summary>Every member of the samples removed, or replaced by null, a number, text, an empty or huge array,
    /// an empty object and an extreme date or instant: the reader refuses with an IcpJsonException in the user's terms
    /// or accepts, and then the rules, the writer and the deadline calculator take what it accepted.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_member_removed_or_replaced_is_refused_in_the_users_terms_or_used_without_a_throw(string kind, string json)
    {
        JsonNode?[] replacements =
        [
            null, 0, -1, 1e300, "", "\u001b[2J\u202e", new string('x', 100_000), new JsonArray(), new JsonObject(),
            "9999-12-31", "0001-01-01", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", new JsonArray(1, 2),
        ];
        var failures = new List<string>();
        JsonNode root = JsonNode.Parse(json)!;
        foreach (string path in Paths(root))
        {
            for (int r = -1; r < replacements.Length; r++)
            {
                JsonNode copy = JsonNode.Parse(json)!;
                Replace(copy, path, r < 0 ? Removed : replacements[r]?.DeepClone());
                string mutated = copy.ToJsonString();
                try
                {
                    if (kind == "case")
                    {
                        FilingCase read = IcpJson.DeserializeCase(mutated);
                        _ = DeadlineCalculator.Default.For(read);
                        _ = IcpJson.Serialize(read);
                        _ = IcpCompliance.Rules.RuleSet.Default.Evaluate(read.Application, new LocalDate(2026, 12, 7));
                    }
                    else
                    {
                        FilingApplication read = IcpJson.DeserializeApplication(mutated);
                        _ = IcpJson.Serialize(read);
                        _ = IcpCompliance.Rules.RuleSet.Default.Evaluate(read, new LocalDate(2026, 12, 7));
                    }
                }
                catch (IcpJsonException e)
                {
                    string? bad = NotForUsers.FirstOrDefault(word => e.Message.Contains(word, StringComparison.Ordinal));
                    if (bad is not null || e.Line < 1 || e.Column < 1 || e.Path is null || !e.Message.Contains("不是", StringComparison.Ordinal)
                        || e.Message.Any(char.IsControl) || e.Message.Length > 2_000
                        || e.ReasonChinese is "JSON 中的值无效" or "JSON 内容无效") // each refusal says in Chinese what it says in English
                    {
                        failures.Add($"{path} ({r}): {e.Message[..Math.Min(e.Message.Length, 300)]}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{path} ({r}): {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static readonly JsonNode Removed = new JsonObject();

    private static IEnumerable<string> Paths(JsonNode node) => Walk(node).Select(member => member.Path);

    // Every member and element below a node with its path; a null value has no node and is never a parent.
    private static IEnumerable<(string Path, JsonNode? Node)> Walk(JsonNode node)
    {
        IEnumerable<(string Name, JsonNode? Value)> children = node switch
        {
            JsonObject o => o.Select(p => ("." + p.Key, p.Value)),
            JsonArray a => a.Select((item, i) => ("[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", item)),
            _ => [],
        };
        foreach (var (name, value) in children)
        {
            yield return (node.GetPath() + name, value);
            if (value is not null)
            {
                foreach (var inner in Walk(value))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        // Paths here are simple: $.a.b[0].c
        int split = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        string parentPath = path[..split];
        JsonNode parent = parentPath == "$" ? root : Find(root, parentPath);
        if (path[split] == '.')
        {
            string name = path[(split + 1)..];
            if (ReferenceEquals(value, Removed))
            {
                parent.AsObject().Remove(name);
            }
            else
            {
                parent[name] = value;
            }
        }
        else
        {
            int index = int.Parse(path[(split + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (ReferenceEquals(value, Removed))
            {
                parent.AsArray().RemoveAt(index);
            }
            else
            {
                parent[index] = value;
            }
        }
    }

    private static JsonNode Find(JsonNode root, string path) => Walk(root).First(member => member.Path == path).Node!;
}
