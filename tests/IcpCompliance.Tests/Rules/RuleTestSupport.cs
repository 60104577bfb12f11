using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Testing;
using NodaTime;

namespace IcpCompliance.Tests.Rules;

/// <summary>The day every rule test evaluates on, and small builders over the sample applications.</summary>
internal static class RuleTestSupport
{
    internal static readonly LocalDate Today = new(2026, 11, 23);

    internal static FilingApplication Website => SampleFilings.CompanyWebsite;

    internal static FilingApplication MiniProgram => SampleFilings.WeChatMiniProgram;

    internal static RuleContext Context(FilingApplication application) => new(application, Today);

    internal static RuleReport Evaluate(FilingApplication application) => RuleSet.Default.Evaluate(application, Today);

    internal static string Describe(RuleReport report)
        => string.Join("\n", report.Findings.Select(f => $"{f.Severity} {f.RuleId} {f.Path}: {f.Message}"));

    internal static IdentityDocument Id(string text) => ResidentIdNumber.Parse(text, ParseMode.Strict).Value;

    internal static MobileNumber Mobile(string text) => MobileNumber.Parse(text, ParseMode.Strict).Value;

    internal static DomainName Domain(string text) => DomainName.Parse(text, ParseMode.Strict).Value;

    internal static UnifiedSocialCreditCode Credit(string text) => UnifiedSocialCreditCode.Parse(text, ParseMode.Strict).Value;

    /// <summary>The application with its first service changed.</summary>
    internal static FilingApplication WithService(this FilingApplication application, Func<FilingService, FilingService> change)
        => application with { Services = application.Services.SetItem(0, change(application.Services[0])) };

    /// <summary>The application with its first service's first domain changed.</summary>
    internal static FilingApplication WithDomain(this FilingApplication application, Func<DomainRegistration, DomainRegistration> change)
        => application.WithService(s => s with { Domains = s.Domains.SetItem(0, change(s.Domains[0])) });

    /// <summary>The application with every person in a role changed.</summary>
    internal static FilingApplication WithPeople(this FilingApplication application, PersonRole role, Func<Person, Person> change)
        => application with { People = [.. application.People.Select(p => p.Role == role ? change(p) : p)] };

    internal static FilingApplication WithoutDocument(this FilingApplication application, FilingDocument document)
        => application with { Documents = application.Documents.Remove(document) };

    internal static FilingApplication WithDocument(this FilingApplication application, FilingDocument document)
        => application with { Documents = application.Documents.Add(document) };

    /// <summary>The application with its first service's platform account changed.</summary>
    internal static FilingApplication Account(FilingApplication app, Func<PlatformAccount, PlatformAccount> change)
        => app.WithService(s => s with { Account = change(s.Account!) });

    /// <summary>The application with its first service filing <paramref name="count"/> domains.</summary>
    internal static FilingApplication Domains(FilingApplication app, int count)
        => app.WithService(s => s with
        {
            Domains = [.. Enumerable.Range(1, count).Select(i => s.Domains[0] with { Domain = Domain("shili-keji" + i + ".cn") })],
        });

    internal static FilingApplication Changed(FilingApplication app, FilingOperation operation) => app with { Operation = operation };

    /// <summary>A resident ID number from its first 17 digits, with the check character computed.</summary>
    internal static string WithCheck(string first17) => first17 + ResidentIdNumber.ComputeCheck(ulong.Parse(first17, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The application of a subject registered in another province: the bureau, the certificate's address
    /// and, for an organization, a credit code issued there all move.</summary>
    internal static FilingApplication InProvince(this FilingApplication application, Province province, string city)
    {
        FilingSubject subject = application.Subject;
        SubjectCertificate certificate = subject.Certificate.IsCreditCode
            ? CreditIn((province.Code * 10_000) + 100)
            : subject.Certificate;
        return application with
        {
            Subject = subject with { Province = province, Certificate = certificate, Address = subject.Address with { Province = province, City = city } },
        };
    }

    /// <summary>The application sent to another province's bureau, nothing else moved (an individual filing outside
    /// the province of their document's address, or a bureau named in error).</summary>
    internal static FilingApplication FiledIn(this FilingApplication application, Province bureau)
        => application with { Subject = application.Subject with { Province = bureau } };

    /// <summary>Every domain of every website held by a name.</summary>
    internal static FilingApplication WithDomainHolder(this FilingApplication application, string holder)
        => application with { Services = [.. application.Services.Select(s => s with { Domains = [.. s.Domains.Select(d => d with { Holder = holder })] })] };

    /// <summary>A valid credit code of an enterprise registered in a division (six digits).</summary>
    internal static UnifiedSocialCreditCode CreditIn(int division)
    {
        string organization = "MA01ABCD";
        string code = "91" + division.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + organization + UnifiedSocialCreditCode.OrganizationCheck(organization);
        return Credit(code + UnifiedSocialCreditCode.ComputeCheck(code));
    }

    /// <summary>An individual's first filing of a personal website: a Beijing ID card holder.</summary>
    internal static FilingApplication Individual(string idNumber = "110108199003072513", Province? province = null)
    {
        Province p = province ?? Province.Beijing;
        var person = new Person
        {
            Role = PersonRole.SubjectPrincipal,
            Name = "赵磊",
            Residency = Residency.MainlandCitizen,
            Document = Id(idNumber),
            DocumentValidUntil = new LocalDate(2036, 1, 1),
            Mobile = Mobile("13811112222"),
            MobileRegisteredIn = p,
        };
        return (Website with
        {
            Subject = new FilingSubject
            {
                EntityType = EntityType.Individual,
                Name = "赵磊",
                Province = p,
                Certificate = SubjectCertificate.FromIdentityDocument(person.Document),
                Address = new Address { Province = p, City = p.ChineseName, Detail = "示例路1号" },
            },
            People = [person],
            Documents = [FilingDocument.IdentityDocumentScans, FilingDocument.FaceVerification, FilingDocument.DomainCertificate, FilingDocument.NoPreApprovalDeclaration],
        }).WithService(s => s with
        {
            Name = "赵磊的博客",
            Description = "个人技术博客",
            Principal = person with { Role = PersonRole.ServicePrincipal },
        }).WithDomain(d => d with { Holder = "赵磊" });
    }

    internal static ImmutableArray<string> Ids(this RuleReport report) => [.. report.Findings.Select(f => f.RuleId)];
}
