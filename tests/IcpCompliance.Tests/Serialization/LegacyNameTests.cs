using System;
using System.Text;
using System.Text.Json;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using Xunit;

namespace IcpCompliance.Tests.Serialization;

/// <summary>Names 0.1 wrote in British spelling still read, and are written back in US spelling (issue 22):
/// Licence, Organisation, Authorisation, and Cancelled (.NET's Canceled).</summary>
public sealed class LegacyNameTests
{
    private static readonly FilingCase Licensed = FilingWorkflow.Default.Apply(
        SampleCases.CompanyWebsiteLive,
        new CommercialLicenseGranted(SampleCases.CompanyWebsiteLiveAt + Duration.FromDays(30), IcpLicenseNumber.Parse("京ICP证030173号").Value)).AsT0;

    private static readonly FilingCase Canceled = FilingWorkflow.Default.Apply(
        SampleCases.CompanyWebsiteLive,
        new FilingCanceled(SampleCases.CompanyWebsiteLiveAt + Duration.FromDays(40))).AsT0;

    [Theory]
    [InlineData("\"BusinessLicenseScan\"", "\"BusinessLicenceScan\"")]
    [InlineData("\"BusinessLicenseScan\"", "\"OrganisationCertificateScan\"")]
    [InlineData("\"BusinessLicenseScan\"", "\"AuthorisationLetter\"")]
    [InlineData("\"entityType\": \"Enterprise\"", "\"entityType\": \"SocialOrganisation\"")]
    public void An_application_with_a_name_0_1_wrote_reads_as_the_member_now_spelled_in_US_English(string find, string written01)
    {
        string current = written01.Replace("Licence", "License", StringComparison.Ordinal)
            .Replace("Organisation", "Organization", StringComparison.Ordinal)
            .Replace("Authorisation", "Authorization", StringComparison.Ordinal);
        var today = IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate(find, current, firstOnly: true));

        var read = IcpJson.DeserializeApplication(ApplicationJsonTests.Mutate(find, written01, firstOnly: true));

        Assert.Equal(today, read);
        Assert.Equal(IcpJson.Serialize(today), IcpJson.Serialize(read));
        Assert.DoesNotContain(written01, IcpJson.Serialize(read), StringComparison.Ordinal);
    }

    // Two events under 0.1 names in one history: both are replaced, not only the last.
    [Fact]
    public void A_case_stored_by_0_1_with_two_renamed_events_reads_both_as_todays_events()
    {
        FilingCase licensedThenCanceled = FilingWorkflow.Default.Apply(Licensed, new FilingCanceled(SampleCases.CompanyWebsiteLiveAt + Duration.FromDays(40))).AsT0;
        string json = IcpJson.Serialize(licensedThenCanceled);
        string written01 = json.Replace("\"CommercialLicenseGranted\"", "\"CommercialLicenceGranted\"", StringComparison.Ordinal)
            .Replace("\"event\": \"FilingCanceled\"", "\"event\": \"FilingCancelled\"", StringComparison.Ordinal);
        Assert.Contains("\"FilingCancelled\"", written01, StringComparison.Ordinal);

        var read = IcpJson.DeserializeCase(written01);

        Assert.IsType<CommercialLicenseGranted>(read.History[^2]);
        Assert.IsType<FilingCanceled>(read.History[^1]);
        Assert.Equal(licensedThenCanceled, read);
    }

    [Fact]
    public void A_case_stored_by_0_1_with_a_license_event_and_number_reads_and_is_written_back_in_US_spelling()
    {
        string json = IcpJson.Serialize(Licensed);
        Assert.Contains("\"event\": \"CommercialLicenseGranted\"", json, StringComparison.Ordinal);
        Assert.Contains("\"licenseNumber\": \"京ICP证030173号\"", json, StringComparison.Ordinal);
        string written01 = json.Replace("\"CommercialLicenseGranted\"", "\"CommercialLicenceGranted\"", StringComparison.Ordinal)
            .Replace("\"licenseNumber\"", "\"licenceNumber\"", StringComparison.Ordinal);

        var read = IcpJson.DeserializeCase(written01);

        Assert.Equal(Licensed, read);
        Assert.IsType<CommercialLicenseGranted>(read.History[^1]);
        Assert.Equal(json, IcpJson.Serialize(read));
    }

    [Fact]
    public void A_case_with_both_spellings_of_its_license_number_is_refused_at_the_one_its_history_does_not_lead_to()
    {
        string json = IcpJson.Serialize(Licensed);
        int stored = json.IndexOf("\"licenseNumber\": \"京ICP证030173号\"", StringComparison.Ordinal); // the case's own, before the history
        string both = json[..stored] + "\"licenceNumber\": \"京ICP证030174号\",\n  " + json[stored..];

        IcpJsonException e = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(both));

        Assert.Equal(("$.licenceNumber", "The stored licenceNumber (京ICP证030174号) does not match what the history leads to (京ICP证030173号)."), (e.Path, e.Reason));
    }

    [Fact]
    public void A_case_stored_by_0_1_in_the_canceled_state_reads_and_is_written_back_in_US_spelling()
    {
        string json = IcpJson.Serialize(Canceled);
        Assert.Contains("\"state\": \"Canceled\"", json, StringComparison.Ordinal);
        Assert.Contains("\"event\": \"FilingCanceled\"", json, StringComparison.Ordinal);
        string written01 = json.Replace("\"Canceled\"", "\"Cancelled\"", StringComparison.Ordinal)
            .Replace("\"FilingCanceled\"", "\"FilingCancelled\"", StringComparison.Ordinal);
        Assert.Contains("\"state\": \"Cancelled\"", written01, StringComparison.Ordinal);
        Assert.Contains("\"event\": \"FilingCancelled\"", written01, StringComparison.Ordinal);

        var read = IcpJson.DeserializeCase(written01);

        Assert.Equal(Canceled, read);
        Assert.Same(FilingState.Canceled, read.State);
        Assert.IsType<FilingCanceled>(read.History[^1]);
        Assert.Equal(json, IcpJson.Serialize(read));
    }

    [Fact]
    public void The_state_and_event_kind_read_their_0_1_names_of_cancellation_and_write_the_current_ones()
    {
        Assert.Same(FilingState.Canceled, Read(new FilingStateJsonConverter(), "\"Cancelled\""));
        Assert.Same(FilingState.Canceled, Read(new FilingStateJsonConverter(), "\"Canceled\""));
        Assert.Same(FilingEventKind.FilingCanceled, Read(new FilingEventKindJsonConverter(), "\"FilingCancelled\""));
        Assert.Same(FilingEventKind.FilingCanceled, Read(new FilingEventKindJsonConverter(), "\"FilingCanceled\""));
        Assert.Equal("\"Canceled\"", Write(new FilingStateJsonConverter(), FilingState.Canceled));
        Assert.Equal("\"FilingCanceled\"", Write(new FilingEventKindJsonConverter(), FilingEventKind.FilingCanceled));
    }

    private static T? Read<T>(System.Text.Json.Serialization.JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), IcpJson.Options);
    }

    private static string Write<T>(System.Text.Json.Serialization.JsonConverter<T> converter, T value)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, value, IcpJson.Options);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_case_holding_both_spellings_of_the_license_number_that_disagree_is_refused()
    {
        string json = IcpJson.Serialize(Licensed).Replace(
            "\"licenseNumber\": \"京ICP证030173号\",",
            "\"licenseNumber\": \"京ICP证030173号\",\n  \"licenceNumber\": \"京ICP证030174号\",",
            StringComparison.Ordinal);

        var exception = Assert.Throws<IcpJsonException>(() => IcpJson.DeserializeCase(json));

        Assert.Contains("The stored licenceNumber (京ICP证030174号) does not match what the history leads to (京ICP证030173号)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_kind_reads_its_0_1_name_and_writes_the_current_one()
    {
        var converter = new FilingEventKindJsonConverter();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"CommercialLicenceGranted\""));
        reader.Read();

        var kind = converter.Read(ref reader, typeof(FilingEventKind), IcpJson.Options);

        Assert.Same(FilingEventKind.CommercialLicenseGranted, kind);
    }

    [Fact]
    public void Nothing_the_library_writes_spells_license_the_British_way()
    {
        string written = IcpJson.Serialize(Licensed) + IcpJson.Serialize(Canceled) + IcpJson.Serialize(SampleFilings.CompanyWebsite) + IcpJson.Serialize(SampleFilings.WeChatMiniProgram);

        Assert.DoesNotContain("icence", written, StringComparison.Ordinal);
        Assert.DoesNotContain("rganis", written, StringComparison.Ordinal);
        Assert.DoesNotContain("ancelled", written, StringComparison.Ordinal);
        Assert.Contains("Canceled", written, StringComparison.Ordinal);
    }
}
