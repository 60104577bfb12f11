using System;
using System.IO;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Serialization;

public sealed class ApplicationJsonTests
{
    private static string Golden(string name) => RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    [Property(MaxTest = 1_000 / Cases.Divisor, Arbitrary = [typeof(ApplicationArbitraries)])]
    public bool Every_application_round_trips_unchanged(FilingApplication application)
    {
        var json = IcpJson.Serialize(application);
        var read = IcpJson.DeserializeApplication(json);
        return read == application && IcpJson.Serialize(read) == json;
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Numbers_are_written_as_their_canonical_string(IcpFilingNumber filing, IcpLicenseNumber license, PsbFilingNumber psb)
        => JsonSerializer.Serialize(filing, IcpJsonContext.Default.IcpFilingNumber) == JsonSerializer.Serialize(filing.ToString())
            && JsonSerializer.Deserialize(JsonSerializer.Serialize(license, IcpJsonContext.Default.IcpLicenseNumber), IcpJsonContext.Default.IcpLicenseNumber) == license
            && JsonSerializer.Deserialize(JsonSerializer.Serialize(psb, IcpJsonContext.Default.PsbFilingNumber), IcpJsonContext.Default.PsbFilingNumber) == psb;

    [Theory]
    [InlineData("company-website.application.json", nameof(SampleFilings.CompanyWebsite))]
    [InlineData("wechat-mini-program.application.json", nameof(SampleFilings.WeChatMiniProgram))]
    public void Golden_files_written_on_the_first_day_still_read_back_to_the_same_application(string file, string sample)
    {
        // The golden files were written once, when the format was fixed, and are never regenerated: every stored
        // application must keep reading. Members added since (optional ones only) take their defaults.
        var expected = GoldenExpectations.Application(sample);
        var text = File.ReadAllText(Golden(file));

        var read = IcpJson.DeserializeApplication(text);

        Assert.Equal(expected, read);
        Assert.Equal(read, IcpJson.DeserializeApplication(IcpJson.Serialize(read)));
    }

    [Fact]
    public void A_number_that_does_not_parse_names_the_path_and_the_parse_error()
    {
        var json = Mutate("\"11010819850315123X\"", "\"11010819850315123Y\"", firstOnly: true);

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.Equal("$.people[0].document", exception.Path);
        Assert.NotNull(exception.Error);
        Assert.Contains("$.people[0].document", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ResidentIdCard", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_domain_carries_the_parser_error_code_and_position()
    {
        var json = Mutate("\"shili-keji.cn\"", "\"shili_keji.cn\"");

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.Equal("$.services[0].domains[0].domain", exception.Path);
        Assert.Equal(5, exception.Error!.Position);
    }

    [Theory]
    [InlineData("\"operation\": \"FirstFiling\"", "\"operation\": \"FirstFiling\", \"surprise\": 1", "surprise")]
    [InlineData("\"operation\": \"FirstFiling\"", "\"operation\": \"Register\"", "FirstFiling")]
    [InlineData("\"entityType\": \"Enterprise\"", "\"entityType\": null", "entityType")]
    [InlineData("\"province\": \"Beijing\",\n    \"certificate\"", "\"certificate\"", "province")]
    [InlineData("\"hostingRegion\": \"Mainland\"", "\"hostingRegion\": \"Moon\"", "hostingRegion")]
    [InlineData("\"kind\": \"CreditCode\"", "\"kind\": \"Passport\"", "certificate")]
    public void Malformed_applications_are_refused_with_a_json_exception_naming_the_place(string find, string replace, string expectedInMessageOrPath)
    {
        var json = Mutate(find, replace);

        var exception = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.Contains(expectedInMessageOrPath, exception.Message + " " + exception.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resident_id_labelled_as_a_residence_permit_is_refused()
    {
        var json = Mutate("\"kind\": \"ResidentIdCard\"", "\"kind\": \"ResidencePermit\"", firstOnly: true);

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.Contains("is a ResidentIdCard, not a ResidencePermit", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.Error);
    }

    [Fact]
    public void Hand_written_values_are_read_leniently_and_written_canonically()
    {
        var json = Mutate("\"91110108MA01ABCD5T\"", "\"９１１１０１０８ＭＡ０１ＡＢＣＤ５Ｔ\"");

        var application = IcpJson.DeserializeApplication(json);

        Assert.Equal(SampleFilings.CompanyWebsite, application);
    }

    [Fact]
    public void Hostile_text_in_a_refused_value_is_cut_short_and_has_no_control_characters()
    {
        var hostile = new string('1', 5_000) + "\\n\\u001b[31mFAKE";
        var json = Mutate("\"11010819850315123X\"", "\"" + hostile + "\"", firstOnly: true);

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.True(exception.Message.Length < 500, exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
        Assert.DoesNotContain('\u001b', exception.Message);
    }

    [Fact]
    public void Options_are_read_only_and_configure_adds_the_library_to_user_options()
    {
        Assert.True(IcpJson.Options.IsReadOnly);

        var options = IcpJson.Configure(new JsonSerializerOptions());
        int converters = options.Converters.Count;
        Assert.Same(options, IcpJson.Configure(options));
        Assert.Equal(converters, options.Converters.Count);
        var number = IcpFilingNumber.Parse("京ICP备12345678号-1").Value;

        Assert.Equal("\"京ICP备12345678号-1\"", JsonSerializer.Serialize(number, IcpJson.Options));
        Assert.Equal("\"\\u4EACICP\\u590712345678\\u53F7-1\"", JsonSerializer.Serialize(number, options));
        Assert.Equal(number, JsonSerializer.Deserialize<IcpFilingNumber>("\"京ICP备12345678号-1\"", options));
        Assert.Throws<ArgumentNullException>(() => IcpJson.Configure(null!));
    }

    [Fact]
    public void Not_json_at_all_is_a_json_exception()
    {
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication("{ not json"));
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication("null"));
        Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication("[]"));
    }

    /// <summary>The company website's JSON with one text replaced (or every occurrence of it).</summary>
    internal static string Mutate(string find, string replace, bool firstOnly = false)
    {
        var json = IcpJson.Serialize(SampleFilings.CompanyWebsite);
        var index = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' not in the sample's JSON:\n{json}");
        return firstOnly
            ? json[..index] + replace + json[(index + find.Length)..]
            : json.Replace(find, replace, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\": \"Website\"", "\"kind\": 1", "ServiceKind name as a JSON string")]
    [InlineData("\"kind\": \"Website\"", "\"kind\": \"1\"", "is not a ServiceKind")]
    [InlineData("\"kind\": \"Website\"", "\"kind\": \"website\"", "is not a ServiceKind")]
    [InlineData("\"kind\": \"Website\"", "\"kind\": \"Website, App\"", "is not a ServiceKind")]
    [InlineData("\"operation\": \"FirstFiling\"", "\"Operation\": \"FirstFiling\"", "Operation")]
    [InlineData("\"operation\": \"FirstFiling\"", "\"operation\": \"FirstFiling\", \"operation\": \"CancelSubject\"", "operation")]
    [InlineData("\"documentValidUntil\": \"2035-03-15\"", "\"documentValidUntil\": 20350315", "documentValidUntil")]
    public void Enums_names_and_numbers_are_read_strictly(string find, string replace, string expected)
    {
        var json = Mutate(find, replace, firstOnly: true);

        var exception = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.Contains(expected, exception.Message + " " + exception.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"people\": [", "\"people\": [null, ", "people[0] is null")]
    [InlineData("\"services\": [", "\"services\": [null, ", "services[0] is null")]
    [InlineData("\"domains\": [", "\"domains\": [null, ", "domains[0] is null")]
    public void A_null_inside_an_array_is_refused_not_carried_into_the_model(string find, string replace, string expected)
    {
        var json = Mutate(find, replace, firstOnly: true);

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeApplication(json));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_value_with_no_name_is_not_written()
    {
        var application = SampleFilings.CompanyWebsite with
        {
            Services = [SampleFilings.CompanyWebsite.Services[0] with { HostingRegion = (HostingRegion)99 }],
        };

        JsonException e = Assert.ThrowsAny<JsonException>(() => IcpJson.Serialize(application));
        Assert.StartsWith("99 is not a defined HostingRegion.", e.Message, StringComparison.Ordinal);
    }
}
