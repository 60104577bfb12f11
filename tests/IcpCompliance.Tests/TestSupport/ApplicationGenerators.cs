using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using NodaTime;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>Generators of whole applications: every member filled from the valid-value generators, optional members
/// sometimes absent, collections of varying length. Not every generated application is one a bureau would accept:
/// they are for properties of the model (JSON round trips, equality), not of the rules.</summary>
public static class ApplicationGenerators
{
    private static readonly Gen<string> ChineseText =
        from length in Gen.Choose(1, 12)
        from chars in Gen.ArrayOf(Gen.Choose(0x4E00, 0x9FA5).Select(c => (char)c), length)
        select new string(chars);

    private static readonly Gen<string> AnyText = Gen.OneOf(ChineseText, ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<ImmutableArray<T>> ArrayOf<T>(Gen<T> gen, int max) =>
        from length in Gen.Choose(0, max)
        from items in Gen.ArrayOf(gen, length)
        select items.ToImmutableArray();

    private static readonly Gen<LocalDate> Date =
        from days in Gen.Choose(0, 40 * 366)
        select new LocalDate(2000, 1, 1).PlusDays(days);

    private static readonly Gen<Province> ProvinceGen = Gen.Elements(Province.All.ToArray());

    public static readonly Gen<IdentityDocument> DocumentGen = Gen.OneOf(
        IdentityGenerators.ResidentIdNumberGen.Select(IdentityDocument.FromResidentIdNumber),
        IdentityGenerators.TravelPermitNumberGen.Select(IdentityDocument.FromTravelPermitNumber),
        IdentityGenerators.PassportNumberGen.Select(IdentityDocument.FromPassportNumber));

    public static readonly Gen<Address> AddressGen =
        from province in ProvinceGen
        from city in ChineseText
        from detail in AnyText
        select new Address { Province = province, City = city, Detail = detail };

    public static readonly Gen<Person> PersonGen =
        from role in Gen.Elements(System.Enum.GetValues<PersonRole>())
        from name in AnyText
        from residency in Gen.Elements(System.Enum.GetValues<Residency>())
        from document in DocumentGen
        from validUntil in OptionalValue(Date)
        from mobile in OptionalValue(IdentityGenerators.MobileNumberGen)
        from email in Optional(AnyText)
        select new Person
        {
            Role = role, Name = name, Residency = residency, Document = document,
            DocumentValidUntil = validUntil, Mobile = mobile, Email = email,
        };

    public static readonly Gen<DomainRegistration> DomainGen =
        from domain in IdentityGenerators.DomainNameGen
        from holder in AnyText
        from registrar in Optional(AnyText)
        from mainland in ArbMap.Default.GeneratorFor<bool>()
        from expires in OptionalValue(Date)
        select new DomainRegistration { Domain = domain, Holder = holder, Registrar = registrar, RegisteredInMainland = mainland, ExpiresOn = expires };

    public static readonly Gen<PlatformAccount> AccountGen =
        from platform in AnyText
        from email in AnyText
        from inUse in ArbMap.Default.GeneratorFor<bool>()
        from administrator in Optional(PersonGen)
        from bank in ArbMap.Default.GeneratorFor<bool>()
        from payments in ArbMap.Default.GeneratorFor<bool>()
        select new PlatformAccount
        {
            Platform = platform, Email = email, EmailUsedByAnotherAccount = inUse, Administrator = administrator,
            BankAccountProvided = bank, PaymentsEnabled = payments,
        };

    public static readonly Gen<PreApproval> PreApprovalGen =
        from category in Gen.Elements(System.Enum.GetValues<PreApprovalCategory>())
        from number in AnyText
        from authority in Optional(AnyText)
        select new PreApproval { Category = category, DocumentNumber = number, Authority = authority };

    public static readonly Gen<FilingService> ServiceGen =
        from kind in Gen.Elements(System.Enum.GetValues<ServiceKind>())
        from name in AnyText
        from description in Optional(AnyText)
        from domains in ArrayOf(DomainGen, 3)
        from appId in Optional(AnyText)
        from region in Gen.Elements(System.Enum.GetValues<HostingRegion>())
        from provider in AnyText
        from commercial in ArbMap.Default.GeneratorFor<bool>()
        from categories in ArrayOf(Gen.Elements(System.Enum.GetValues<PreApprovalCategory>()), 3)
        from approvals in ArrayOf(PreApprovalGen, 2)
        from principal in PersonGen
        from account in Optional(AccountGen)
        from existing in OptionalValue(NumberGenerators.IcpFilingNumberGen)
        select new FilingService
        {
            Kind = kind, Name = name, Description = description, Domains = domains, AppId = appId, HostingRegion = region,
            HostingProvider = provider, IsCommercial = commercial, ContentCategories = categories, PreApprovals = approvals,
            Principal = principal, Account = account, ExistingNumber = existing,
        };

    public static readonly Gen<SubjectCertificate> CertificateGen = Gen.OneOf(
        IdentityGenerators.UnifiedSocialCreditCodeGen.Select(SubjectCertificate.FromCreditCode),
        DocumentGen.Select(SubjectCertificate.FromIdentityDocument));

    public static readonly Gen<FilingSubject> SubjectGen =
        from type in Gen.Elements(EntityType.All.ToArray())
        from name in AnyText
        from province in ProvinceGen
        from certificate in CertificateGen
        from address in AddressGen
        from mailing in Optional(AddressGen)
        select new FilingSubject { EntityType = type, Name = name, Province = province, Certificate = certificate, Address = address, MailingAddress = mailing };

    public static readonly Gen<FilingApplication> ApplicationGen =
        from operation in Gen.Elements(FilingOperation.All.ToArray())
        from subject in SubjectGen
        from people in ArrayOf(PersonGen, 4)
        from services in ArrayOf(ServiceGen, 3)
        from documents in ArrayOf(Gen.Elements(System.Enum.GetValues<FilingDocument>()), 5)
        from subjectNumber in OptionalValue(NumberGenerators.IcpFilingNumberGen)
        select new FilingApplication
        {
            Operation = operation, Subject = subject, People = people, Services = services, Documents = documents,
            SubjectNumber = subjectNumber,
        };
}

public static class ApplicationArbitraries
{
    public static Arbitrary<FilingApplication> FilingApplication() => Arb.From(ApplicationGenerators.ApplicationGen);
}
