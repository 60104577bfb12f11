using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>The default SMS recipients by operation: "both the person responsible for the website and the legal
/// representative receive an SMS" (the SMS verification FAQ), "Both the legal representative and administrator must
/// verify via SMS within 24 hours" (the WeChat guide), and the providers' rules by operation (facts §3c).</summary>
public sealed class SmsRecipientTests
{
    private static readonly FilingApplication Website = SampleFilings.CompanyWebsite;

    [Fact]
    public void A_first_filing_goes_to_the_subject_principal_and_the_service_principal()
    {
        var recipients = SmsRecipient.DefaultsFor(Website);
        Assert.Equal([PersonRole.SubjectPrincipal, PersonRole.ServicePrincipal], recipients.Select(r => r.Role));
        Assert.Equal(["张伟", "李娜"], recipients.Select(r => r.Name));
    }

    [Fact]
    public void A_shared_mobile_number_receives_one_code()
    {
        // The Mini Program's legal representative, subject principal and service principal are one person with one
        // mobile number; its administrator has another.
        var recipients = SmsRecipient.DefaultsFor(SampleFilings.WeChatMiniProgram);
        Assert.Equal([Mobile("13512345678"), Mobile("13612345678")], recipients.Select(r => r.Mobile));
        Assert.Equal([PersonRole.SubjectPrincipal, PersonRole.Administrator], recipients.Select(r => r.Role));
    }

    [Fact]
    public void An_organizations_legal_representative_receives_a_code_of_their_own()
    {
        FilingApplication otherRepresentative = Website with
        {
            People = Website.People.SetItem(0, Website.People[0] with { Name = "王强", Mobile = Mobile("13800002222") }),
        };
        var recipients = SmsRecipient.DefaultsFor(otherRepresentative);
        Assert.Equal([PersonRole.SubjectPrincipal, PersonRole.LegalRepresentative, PersonRole.ServicePrincipal], recipients.Select(r => r.Role));

        // An individual has no legal representative: an entry in that role is not a recipient.
        FilingApplication individual = otherRepresentative with { Subject = otherRepresentative.Subject with { EntityType = EntityType.Individual } };
        Assert.DoesNotContain(PersonRole.LegalRepresentative, SmsRecipient.DefaultsFor(individual).Select(r => r.Role));
    }

    [Theory]
    [InlineData(nameof(FilingOperation.AddService))]
    [InlineData(nameof(FilingOperation.AddAccess))]
    public void A_new_service_or_new_access_goes_to_the_service_principal(string operation)
    {
        var recipients = SmsRecipient.DefaultsFor(Website with { Operation = FilingOperation.FromName(operation) });
        Assert.Equal(PersonRole.ServicePrincipal, Assert.Single(recipients).Role);
    }

    [Theory]
    [InlineData(nameof(FilingOperation.CancelSubject))]
    [InlineData(nameof(FilingOperation.CancelService))]
    [InlineData(nameof(FilingOperation.WithdrawAccess))]
    public void Cancellations_and_withdrawal_send_no_sms(string operation)
        => Assert.Empty(SmsRecipient.DefaultsFor(Website with { Operation = FilingOperation.FromName(operation) }));

    [Fact]
    public void A_change_goes_to_whoever_s_details_changed()
    {
        FilingApplication change = Website with { Operation = FilingOperation.Change };
        FilingApplication subjectChanged = change with { Subject = change.Subject with { Name = "北京示例科技股份有限公司" } };
        Assert.Equal(PersonRole.SubjectPrincipal, Assert.Single(SmsRecipient.DefaultsFor(subjectChanged, Website)).Role);

        FilingService service = change.Services[0];
        FilingApplication serviceChanged = change with { Services = [service with { Principal = service.Principal with { Mobile = Mobile("13600001111") } }] };
        SmsRecipient recipient = Assert.Single(SmsRecipient.DefaultsFor(serviceChanged, Website));
        Assert.Equal(Mobile("13600001111"), recipient.Mobile);

        Assert.Empty(SmsRecipient.DefaultsFor(change, Website));
        Assert.Equal(2, SmsRecipient.DefaultsFor(change).Length);
    }
}
