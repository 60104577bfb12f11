using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Testing;
using NodaTime;

namespace IcpCompliance.Benchmarks.Rules;

/// <summary>
/// Evaluating <see cref="RuleSet.Default"/> on the full sample application, against the same checks written as one
/// plain procedural method, the way a provider would write them without the library.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 23);
    private RuleContext _context = null!;
    private FilingApplication _application = null!;

    [GlobalSetup]
    public void Setup()
    {
        _application = SampleFilings.CompanyWebsite;
        _context = new RuleContext(_application, Today);
        _ = AdministrativeDivisions.Default.Count;
    }

    [Benchmark(Baseline = true, Description = "procedural: one method, the same checks")]
    public int Procedural() => ProceduralChecks.Run(_application, Today).Count;

    [Benchmark(Description = "RuleSet.Default.Evaluate")]
    public int Library() => RuleSet.Default.Evaluate(_context).Findings.Length;
}

/// <summary>The baseline: every check of the default rule set written inline, returning findings sorted like a
/// report (the two the sample triggers carry the same texts as the library's).</summary>
internal static class ProceduralChecks
{
    internal static List<Finding> Run(FilingApplication app, LocalDate today)
    {
        var found = new List<Finding>();
        void Add(string id, string path) => found.Add(new Finding(id, RuleSeverity.Error, "See the rule.", "见规则。", path, "Fix it.", "请修改。"));
        BureauRequirements bureau = ProvinceRequirements.Default.For(app.Province);
        bool isNew = app.Operation == FilingOperation.FirstFiling || app.Operation == FilingOperation.AddService || app.Operation == FilingOperation.AddAccess;
        bool submits = isNew || app.Operation == FilingOperation.Change;
        var people = new List<(Person Person, string Path)>();
        for (int i = 0; i < app.People.Length; i++)
        {
            people.Add((app.People[i], $"People[{i}]"));
        }

        for (int i = 0; i < app.Services.Length; i++)
        {
            people.Add((app.Services[i].Principal, $"Services[{i}].Principal"));
            if (app.Services[i].Account?.Administrator is Person admin)
            {
                people.Add((admin, $"Services[{i}].Account.Administrator"));
            }
        }

        for (int i = 0; i < app.Services.Length; i++)
        {
            FilingService s = app.Services[i];
            if (isNew && s.HostingRegion != HostingRegion.Mainland) Add("ICP0101", $"Services[{i}].HostingRegion");
            if ((app.Operation == FilingOperation.FirstFiling || app.Operation == FilingOperation.AddService) && s.HostingRegion == HostingRegion.Mainland) found.Add(new Finding("ICP0102", RuleSeverity.Info, "\"" + s.Name + "\" is hosted in the Mainland: it must not serve from Mainland servers until the filing is approved.", "“" + s.Name + "”托管在内地：备案通过前不得通过内地服务器提供服务。", $"Services[{i}].HostingRegion", "Keep the domain from resolving to Mainland servers until the filing number is issued.", "取得备案号前请勿将域名解析到内地服务器。"));
            if (submits && s.IsCommercial) Add("ICP0201", $"Services[{i}].IsCommercial");
            if (submits && s.IsCommercial && !app.Subject.EntityType.HasPermanentMainlandPresence) Add("ICP0202", $"Services[{i}].IsCommercial");
        }

        if (!submits)
        {
            return found;
        }

        if (app.Subject.EntityType.IsOrganization && !app.Documents.Contains(FilingDocument.BusinessLicenseScan) && !app.Documents.Contains(FilingDocument.OrganizationCertificateScan)) Add("ICP0301", "Documents");
        if (app.Subject.EntityType.IsOrganization != app.Subject.Certificate.IsCreditCode) Add("ICP0302", "Subject.Certificate");
        if (!app.People.Any(p => p.Role == PersonRole.SubjectPrincipal)) Add("ICP0303", "People");
        foreach ((Person p, string path) in people)
        {
            IdentityDocumentKind kind = p.Document.Kind;
            bool fits = p.Residency == Residency.MainlandCitizen ? kind == IdentityDocumentKind.ResidentIdCard
                : p.Residency == Residency.Foreigner ? kind == IdentityDocumentKind.Passport
                : kind is IdentityDocumentKind.TravelPermit or IdentityDocumentKind.ResidencePermit;
            if (!fits) Add("ICP0304", path + ".Document");
            if (!HasChinese(p.Name) && p.Residency == Residency.MainlandCitizen) Add("ICP0308", path + ".Name");
            bool sms = p.Role == PersonRole.ServicePrincipal || (p.Role == PersonRole.SubjectPrincipal && (app.Operation == FilingOperation.FirstFiling || app.Operation == FilingOperation.Change));
            if (sms && p.Mobile is null) Add("ICP0401", path + ".Mobile");
            if (p.DocumentValidUntil is LocalDate until && until < today) Add("ICP0402", path + ".DocumentValidUntil");
            if (p.DocumentValidUntil is LocalDate soon && soon >= today && soon < today.PlusDays(30)) Add("ICP0403", path + ".DocumentValidUntil");
            if (p.Document.IsT0)
            {
                DivisionCheck check = p.Document.AsT0.CheckRegionCode(AdministrativeDivisions.Default);
                if (check.Status == DivisionStatus.UnknownCode) Add("ICP0405", path + ".Document");
                if (check.Status == DivisionStatus.AbolishedBeforeBirth) Add("ICP0406", path + ".Document");
            }

            if (bureau.LocalMobileRequired?.Value == true && (p.Role is PersonRole.SubjectPrincipal or PersonRole.ServicePrincipal) && p.Mobile is not null && p.MobileRegisteredIn != app.Province) Add("ICP0605", path + ".Mobile");
        }

        if (!app.Documents.Contains(FilingDocument.IdentityDocumentScans)) Add("ICP0305", "Documents");
        if (!app.Documents.Contains(FilingDocument.FaceVerification)) Add("ICP0306", "Documents");
        if (app.Services.Any(s => s.Kind == ServiceKind.Website && s.Domains.Length > 0) && !app.Documents.Contains(FilingDocument.DomainCertificate)) Add("ICP0307", "Documents");
        if (!HasChinese(app.Subject.Name)) Add("ICP0308", "Subject.Name");
        if (!HasChinese(app.Subject.Address.Detail)) Add("ICP0308", "Subject.Address.Detail");
        if (!HasChinese(app.Subject.Address.City)) Add("ICP0308", "Subject.Address.City");
        bool anyCategory = app.Services.Any(s => s.ContentCategories.Length > 0);
        if (isNew && !anyCategory && !app.Documents.Contains(FilingDocument.NoPreApprovalDeclaration)) Add("ICP0309", "Documents");
        if (isNew && anyCategory && !app.Documents.Contains(FilingDocument.PreApprovalDocuments)) Add("ICP0309", "Documents");
        if (bureau.CommitmentLetterRequired?.Value == true && !app.Documents.Contains(FilingDocument.StampedCommitmentLetter)) Add("ICP0602", "Documents");
        Person? principal = app.People.FirstOrDefault(p => p.Role == PersonRole.SubjectPrincipal);
        Person? representative = app.People.FirstOrDefault(p => p.Role == PersonRole.LegalRepresentative);
        if (app.Subject.EntityType.IsOrganization && bureau.PrincipalNotLegalRepresentativeNeedsAuthorization?.Value == true && principal is not null && representative is not null
            && !principal.Document.Equals(representative.Document) && !app.Documents.Contains(FilingDocument.AuthorizationLetter)) Add("ICP0612", "Documents");
        if (app.Subject.MailingAddress is Address mailing && bureau.AddressScope is { } scope && scope.Value != AddressScope.Any
            && (mailing.Province != app.Subject.Address.Province || (scope.Value == AddressScope.SameCity && mailing.City != app.Subject.Address.City))) Add("ICP0606", "Subject.MailingAddress");
        if (isNew && bureau.MaxServicesPerOrder is { } maxServices && app.Services.Length > maxServices.Value) Add("ICP0609", "Services");
        if (isNew && bureau.MaxDomainsPerOrder is { } maxDomains && app.Services.Sum(s => s.Domains.Length) > maxDomains.Value) Add("ICP0608", "Services");
        if (app.Services.Any(s => s.Kind != ServiceKind.Website) && !app.People.Any(p => p.Role == PersonRole.EmergencyContact)) Add("ICP0705", "People");

        for (int i = 0; i < app.Services.Length; i++)
        {
            FilingService s = app.Services[i];
            if (!HasChinese(s.Name)) Add("ICP0308", $"Services[{i}].Name");
            if (s.Description is string d && !HasChinese(d)) Add("ICP0308", $"Services[{i}].Description");
            if (s.Kind == ServiceKind.Website && s.Domains.IsEmpty) Add("ICP0501", $"Services[{i}].Domains");
            if (bureau.OneDomainPerWebsite?.Value == true && s.Domains.Length > 1) Add("ICP0610", $"Services[{i}].Domains");
            if (s.Kind != ServiceKind.Website && string.IsNullOrWhiteSpace(s.AppId)) Add("ICP0708", $"Services[{i}].AppId");
            for (int j = 0; j < s.Domains.Length; j++)
            {
                DomainRegistration r = s.Domains[j];
                string path = $"Services[{i}].Domains[{j}]";
                if (!r.Domain.IsFileable) Add("ICP0502", path);
                if (!r.Domain.IsRegistrableDomain) Add("ICP0503", path);
                if (r.Holder.Trim() != app.Subject.Name.Trim()) Add("ICP0504", path + ".Holder");
                bool required = bureau.MainlandRegistrarRequired?.Value == true;
                if (!r.RegisteredInMainland) Add(required ? "ICP0601" : "ICP0505", path + ".RegisteredInMainland");
                if (bureau.MinimumDomainValidityMonths is { } months && r.ExpiresOn is LocalDate expires && expires <= today.PlusMonths(months.Value)) Add("ICP0607", path + ".ExpiresOn");
            }
        }

        foreach (ProvinceNote note in bureau.Notes)
        {
            found.Add(new Finding(
                "ICP0699",
                RuleSeverity.Info,
                note.Text + (note.Confirmed ? string.Empty : " (unverified province requirement; source: " + note.Source + ")"),
                note.TextChinese + (note.Confirmed ? string.Empty : "（该省要求来源未经核实）"),
                "Subject.Province",
                "Check that the application meets this requirement of the " + app.Province.EnglishName + " bureau.",
                "请确认申请符合" + app.Province.ShortChineseName + "管局的此项要求。"));
        }

        found.Sort((a, b) => a.Severity != b.Severity ? a.Severity.CompareTo(b.Severity) : string.CompareOrdinal(a.RuleId, b.RuleId));
        return found;
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
}
