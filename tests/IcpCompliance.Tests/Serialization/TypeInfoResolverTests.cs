using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using Xunit;

namespace IcpCompliance.Tests.Serialization;

/// <summary><see cref="IcpJson.TypeInfoResolver"/> in a resolver chain of the user's own, without
/// <see cref="IcpJson.Configure"/>: it brings the library's converters itself (it did not: the generated metadata
/// finds converters only in the options, so the library's types had no spelling of theirs there).</summary>
public sealed class TypeInfoResolverTests
{
    private static JsonSerializerOptions ResolverOnly()
        => new() { TypeInfoResolver = JsonTypeInfoResolver.Combine(IcpJson.TypeInfoResolver, new DefaultJsonTypeInfoResolver()) };

    [Fact]
    public void The_library_types_have_their_spelling_inside_a_type_of_the_users()
    {
        JsonSerializerOptions options = ResolverOnly();
        var holder = new Holder(Province.Guangdong, FilingState.Live, IcpFilingNumber.Parse("京ICP备12345678号-1").Value);

        string json = JsonSerializer.Serialize(holder, options);

        Assert.Equal("{\"Province\":\"Guangdong\",\"State\":\"Live\",\"Number\":\"\\u4EACICP\\u590712345678\\u53F7-1\"}", json);
        Assert.Equal(holder, JsonSerializer.Deserialize<Holder>(json, options));
    }

    [Fact]
    public void An_application_and_a_case_round_trip()
    {
        JsonSerializerOptions options = ResolverOnly();

        string application = JsonSerializer.Serialize(SampleFilings.CompanyWebsite, options);
        string filingCase = JsonSerializer.Serialize(SampleCases.CompanyWebsiteLive, options);

        Assert.Contains("\"EntityType\":\"Enterprise\"", application, StringComparison.Ordinal);
        Assert.Equal(SampleFilings.CompanyWebsite, JsonSerializer.Deserialize<FilingApplication>(application, options));
        Assert.StartsWith("{\"schemaVersion\":1,\"state\":\"Live\",", filingCase, StringComparison.Ordinal);
        Assert.Equal(SampleCases.CompanyWebsiteLive, JsonSerializer.Deserialize<FilingCase>(filingCase, options));
    }

    [Fact]
    public void Reading_stays_strict()
    {
        var error = Assert.Throws<IcpJsonException>(() => JsonSerializer.Deserialize<Holder>(
            "{\"Province\":\"Atlantis\",\"State\":\"Live\",\"Number\":\"京ICP备12345678号-1\"}", ResolverOnly()));

        Assert.StartsWith("\"Atlantis\" is not a Province; expected one of Beijing, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_converter_in_the_options_comes_first()
    {
        JsonSerializerOptions options = ResolverOnly();
        options.Converters.Add(new ProvinceByCode());

        Assert.Equal("44", JsonSerializer.Serialize(Province.Guangdong, options));
        Assert.Same(Province.Guangdong, JsonSerializer.Deserialize<Province>("44", options));
        Assert.Equal("\"Live\"", JsonSerializer.Serialize(FilingState.Live, options));
    }

    private sealed record Holder(Province Province, FilingState State, IcpFilingNumber Number);

    // A user's own spelling of a province, by its code.
    private sealed class ProvinceByCode : JsonConverter<Province>
    {
        public override Province Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => Province.TryFromCode(reader.GetInt32(), out Province? province) ? province : throw new JsonException("not a province code");

        public override void Write(Utf8JsonWriter writer, Province value, JsonSerializerOptions options)
            => writer.WriteNumberValue(value.Value);
    }
}
