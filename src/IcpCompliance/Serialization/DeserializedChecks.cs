using System.Text.Json.Serialization.Metadata;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>
/// What reading checks after System.Text.Json has built a value: it checks the nullability of members, not of the
/// elements of arrays, so an array holding a null is refused here. Registered on the metadata (a resolver modifier),
/// so the domain types know nothing of JSON.
/// </summary>
internal static class DeserializedChecks
{
    internal static void Add(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(FilingApplication))
        {
            typeInfo.OnDeserialized = value =>
            {
                var application = (FilingApplication)value;
                JsonText.NoNulls(application.People, "people");
                JsonText.NoNulls(application.Services, "services");
            };
        }
        else if (typeInfo.Type == typeof(FilingService))
        {
            typeInfo.OnDeserialized = value =>
            {
                var service = (FilingService)value;
                JsonText.NoNulls(service.Domains, "domains");
                JsonText.NoNulls(service.PreApprovals, "preApprovals");
            };
        }
        else if (typeInfo.Type == typeof(SmsVerificationStarted))
        {
            typeInfo.OnDeserialized = value => JsonText.NoNulls(((SmsVerificationStarted)value).Recipients, "recipients");
        }
        else if (typeInfo.Type == typeof(RuleReport))
        {
            typeInfo.OnDeserialized = value => CheckFindings((RuleReport)value);
        }
    }

    private static void CheckFindings(RuleReport report)
    {
        JsonText.NoNulls(report.Findings, "findings");
        foreach (Finding finding in report.Findings)
        {
            if (finding.Occurrences < 1)
            {
                throw new IcpJsonException("A finding occurs at least once; occurrences must be 1 or more.", "发现次数至少为 1");
            }
        }
    }
}
