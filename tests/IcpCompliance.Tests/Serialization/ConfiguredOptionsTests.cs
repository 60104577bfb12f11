using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.SmartEnum;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using Xunit;

namespace IcpCompliance.Tests.Serialization;

/// <summary>The types that named their converter with <c>[JsonConverter]</c> until issue 22 item 3 get their JSON
/// spelling from <see cref="IcpJson.Configure"/> alone: options of a user's own, configured once, still write and
/// read each of them as the library does.</summary>
public sealed class ConfiguredOptionsTests
{
    // A naming policy of the user's own renames properties, never the members' names.
    private static JsonSerializerOptions Configured()
        => IcpJson.Configure(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });

    [Fact]
    public void Every_member_of_each_SmartEnum_round_trips_by_its_name()
    {
        JsonSerializerOptions options = Configured();

        RoundTrips(Province.All, options);
        RoundTrips(EntityType.All, options);
        RoundTrips(FilingOperation.All, options);
        RoundTrips(FilingState.All, options);
        RoundTrips(FilingEventKind.All, options);
    }

    [Fact]
    public void The_names_0_1_wrote_still_read()
        => Assert.Same(EntityType.SocialOrganization, JsonSerializer.Deserialize<EntityType>("\"SocialOrganisation\"", Configured()));

    [Fact]
    public void An_unknown_name_is_refused_with_the_library_words()
    {
        var error = Assert.Throws<IcpJsonException>(() => JsonSerializer.Deserialize<Province>("\"Atlantis\"", Configured()));

        Assert.StartsWith("\"Atlantis\" is not a Province; expected one of Beijing, ", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_round_trips_as_a_stored_case()
    {
        JsonSerializerOptions options = Configured();

        string json = JsonSerializer.Serialize(SampleCases.CompanyWebsiteLive, options);

        Assert.StartsWith("{\"schemaVersion\":1,\"state\":\"Live\",", json, System.StringComparison.Ordinal);
        Assert.Equal(SampleCases.CompanyWebsiteLive, JsonSerializer.Deserialize<FilingCase>(json, options));
        Assert.Equal(SampleCases.CompanyWebsiteLive, IcpJson.DeserializeCase(json));
    }

    [Fact]
    public void An_application_round_trips_with_its_province_and_entity_type_by_name()
    {
        JsonSerializerOptions options = IcpJson.Configure(new JsonSerializerOptions());

        string json = JsonSerializer.Serialize(SampleFilings.CompanyWebsite, options);

        Assert.Contains("\"Province\":\"Beijing\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"EntityType\":\"Enterprise\"", json, System.StringComparison.Ordinal);
        Assert.Equal(SampleFilings.CompanyWebsite, JsonSerializer.Deserialize<FilingApplication>(json, options));
    }

    [Fact]
    public void Without_Configure_the_types_have_no_library_spelling()
    {
        // What docs/json.md and the CHANGELOG say: the attribute is gone, so System.Text.Json's defaults describe a
        // SmartEnum as an object of its properties; the name is the library's spelling only through Configure.
        string json = JsonSerializer.Serialize(Province.Beijing);

        Assert.StartsWith("{", json, System.StringComparison.Ordinal);
        Assert.Equal("\"Beijing\"", JsonSerializer.Serialize(Province.Beijing, Configured()));
    }

    [Fact]
    public void A_context_of_the_users_that_knows_a_library_type_ahead_of_the_library_still_gets_its_spelling()
    {
        // Why Configure copies the converters into the options although the resolver it adds brings them too: a
        // user's own source-generated context, earlier in the chain, describes Province as an object of its
        // properties, and only a converter in the options comes before that description.
        JsonSerializerOptions configured = IcpJson.Configure(new JsonSerializerOptions { TypeInfoResolver = ShopJsonContext.Default });
        JsonSerializerOptions resolverAfterTheUsers = ResolverAfter(ShopJsonContext.Default);
        var shop = new Shop("示例商店", Province.Guangdong);

        string json = JsonSerializer.Serialize(shop, configured);

        Assert.Equal("{\"Name\":\"\\u793A\\u4F8B\\u5546\\u5E97\",\"Province\":\"Guangdong\"}", json);
        Assert.Equal(shop, JsonSerializer.Deserialize<Shop>(json, configured));
        Assert.Contains("\"Province\":{", JsonSerializer.Serialize(shop, resolverAfterTheUsers), System.StringComparison.Ordinal);
    }

    private static JsonSerializerOptions ResolverAfter(IJsonTypeInfoResolver users)
        => new() { TypeInfoResolver = JsonTypeInfoResolver.Combine(users, IcpJson.TypeInfoResolver) };

    private static void RoundTrips<T>(IEnumerable<T> members, JsonSerializerOptions options)
        where T : SmartEnum<T, int>
    {
        foreach (T member in members)
        {
            string json = JsonSerializer.Serialize(member, options);
            Assert.Equal("\"" + member.Name + "\"", json);
            Assert.Same(member, JsonSerializer.Deserialize<T>(json, options));
        }
    }
}

/// <summary>A type of a user's own that holds a library type.</summary>
/// <param name="Name">The shop's name.</param>
/// <param name="Province">Where it files.</param>
internal sealed record Shop(string Name, Province Province);

/// <summary>A user's own source-generated context, which also describes <see cref="Province"/>.</summary>
[JsonSerializable(typeof(Shop))]
internal sealed partial class ShopJsonContext : JsonSerializerContext;
