using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using NodaTime;

namespace IcpCompliance.Rules;

/// <summary>ICP04xx: the people named, their documents and mobile numbers.</summary>
internal static class PeopleRules
{
    private const int ExpiryWarningDays = 30;

    internal static readonly IRule MainlandMobile = Define.Rule(
        "ICP0401",
        RuleSeverity.Error,
        "Everyone who must receive the Ministry's SMS has a Mainland mobile number",
        "须接收工信部核验短信的负责人须有内地手机号码",
        "Since 17 August 2020 every application except withdrawing access is verified by SMS: a first filing or a change reaches the subject principal and the service principals, a new service or new access the service principals. Each needs a Mainland mobile number.",
        "自2020年8月17日起，除取消接入外的所有申请均需短信核验：首次备案和变更备案发送给主体负责人和网站负责人，新增网站和新增接入发送给网站负责人。每人须有内地手机号码。",
        "MIIT SMS verification (工信部信管函[2016]485号) as relayed by Huawei Cloud (备案短信核验) and Alibaba Cloud; facts §3, §3c",
        Define.All,
        Define.Submissions,
        static (context, findings) =>
        {
            FilingOperation operation = context.Application.Operation;
            bool subjectPrincipalToo = operation == FilingOperation.FirstFiling || operation == FilingOperation.Change;
            foreach (PersonAt at in new PeopleOf(context.Application))
            {
                bool receives = at.Person.Role == PersonRole.ServicePrincipal || (subjectPrincipalToo && at.Person.Role == PersonRole.SubjectPrincipal);
                if (receives && at.Person.Mobile is null)
                {
                    findings.Report(
                        at.Path + ".Mobile",
                        at.Person.Name + " must receive the Ministry's verification SMS but has no Mainland mobile number.",
                        at.Person.Name + "须接收工信部核验短信，但未填写内地手机号码。",
                        "Give a Mainland mobile number the person can receive SMS on within 24 hours of submission.",
                        "请填写本人可在提交后24小时内接收短信的内地手机号码。");
                }
            }
        });

    internal static readonly IRule DocumentNotExpired = Define.Rule(
        "ICP0402",
        RuleSeverity.Error,
        "Identity documents are valid on the day of evaluation",
        "证件在检查当日须在有效期内",
        "The bureau rejects an expired identity document.",
        "管局不受理已过期的证件。",
        "Provider filing materials (valid identity documents); facts §5",
        Define.All,
        Define.Submissions,
        static (context, findings) => ReportValidUntil(context, findings, LocalDate.MinIsoValue, context.EvaluationDate, expired: true));

    internal static readonly IRule DocumentExpiresSoon = Define.Rule(
        "ICP0403",
        RuleSeverity.Warning,
        "Identity documents stay valid through the review",
        "证件在审核期间须保持有效",
        "Review takes up to about 20 working days; a document that expires within 30 days may expire before approval and get the application returned.",
        "审核最长约需20个工作日；30天内到期的证件可能在审核通过前过期，导致申请被退回。",
        "Huawei Cloud ICP knowledge base (bureau review 7–20 working days); facts §3",
        Define.All,
        Define.Submissions,
        static (context, findings) => ReportValidUntil(context, findings, context.EvaluationDate, context.EvaluationDate.PlusDays(ExpiryWarningDays), expired: false));

    internal static readonly IRule AdministratorFixed = Define.Rule(
        "ICP0404",
        RuleSeverity.Error,
        "A Mini Program's administrator is fixed after submission",
        "小程序管理员信息提交后不可更改",
        "The administrator's details of a Mini Program are fixed once its filing is submitted; an application that names another administrator than the approved one is refused.",
        "小程序备案提交后，管理员信息不可更改；与已备案管理员不一致的申请将被驳回。",
        "WeChat Mini Program filing guide (管理员信息); issue 6",
        Define.MiniPrograms,
        Define.Submissions,
        static (context, findings) =>
        {
            if (context.PreviouslyApproved is not FilingApplication approved)
            {
                return;
            }

            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                FilingService service = services[i];
                if (service.Kind != ServiceKind.MiniProgram)
                {
                    continue;
                }

                // Plain locals rather than pattern variables in one condition: a mutation tool that flips the
                // condition's operators would otherwise leave them unassigned and have to skip the whole file.
                Person? was = ServiceMatch.Find(approved, service)?.Account?.Administrator;
                Person? now = service.Account?.Administrator;
                if (was is null || now is null || SameDetails(was, now))
                {
                    continue;
                }

                // Same name, other details: "names 刘洋, but the approved administrator is 刘洋" would read as no change.
                bool renamed = !string.Equals(now.Name, was.Name, System.StringComparison.Ordinal);
                findings.Report(
                    FieldPath.Administrator(i),
                    renamed
                        ? "\"" + service.Name + "\" names " + now.Name + " as administrator, but the approved administrator is " + was.Name + ", which cannot change."
                        : "\"" + service.Name + "\" gives other details (ID document or mobile number) for its approved administrator " + was.Name + ", which cannot change.",
                    renamed
                        ? "“" + service.Name + "”的管理员为" + now.Name + "，但已备案的管理员为" + was.Name + "，不可更改。"
                        : "“" + service.Name + "”填写的已备案管理员" + was.Name + "的证件或手机号码与备案信息不同，不可更改。",
                    "Keep the approved administrator's details.",
                    "请保持已备案的管理员信息不变。");
            }
        });

    internal static readonly IRule DivisionUnknown = Define.Rule(
        "ICP0405",
        RuleSeverity.Warning,
        "A resident ID number's region code is in the division table",
        "身份证号码的地址码须在行政区划代码表中",
        "The first six digits of a resident ID number are a GB/T 2260 division code. A code missing from the table is a reason to look at the number again (a typo, a made-up number), though a table is never complete on the day a new code appears.",
        "居民身份证号码前六位为GB/T 2260行政区划代码。代码表中没有的代码提示号码可能有误（笔误或虚构），但新设代码可能尚未收录。",
        "GB 11643-1999; GB/T 2260 via python-stdnum loc.dat (2026-01); facts §11",
        Define.All,
        Define.Submissions,
        static (context, findings) => CheckDivisions(context, findings, DivisionStatus.UnknownCode));

    internal static readonly IRule DivisionAbolished = Define.Rule(
        "ICP0406",
        RuleSeverity.Error,
        "A resident ID number's region code was in force after the holder's birth",
        "身份证号码的地址码须在持证人出生后仍有效",
        "A number is issued at or after birth and keeps its code when the division is later abolished, so the code must have been in force in or after the birth year; a code abolished before the holder was born cannot appear.",
        "身份证号码在出生后编制，行政区划撤销后号码不变，因此地址码须在出生当年或之后有效；出生前已撤销的代码不可能出现在号码中。",
        "GB 11643-1999; GB/T 2260 via python-stdnum loc.dat (2026-01); facts §11",
        Define.All,
        Define.Submissions,
        static (context, findings) => CheckDivisions(context, findings, DivisionStatus.AbolishedBeforeBirth));

    internal static bool SamePerson(Person a, Person b) => a.Document.Equals(b.Document);

    private static bool SameDetails(Person a, Person b)
        => string.Equals(a.Name, b.Name, System.StringComparison.Ordinal) && SamePerson(a, b) && a.Mobile == b.Mobile;

    private static void CheckDivisions(RuleContext context, FindingCollector findings, DivisionStatus wanted)
    {
        foreach (DivisionFailure failure in findings.DivisionFailures(context))
        {
            if (failure.Check.Status == wanted)
            {
                ReportDivision(findings, failure);
            }
        }
    }

    /// <summary>Every resident ID number of the application (the subject's certificate, then each person) whose
    /// division code fails the check; an empty array, allocated once, when none does.</summary>
    internal static DivisionFailure[] FindDivisionFailures(RuleContext context)
    {
        List<DivisionFailure>? failures = null;
        FilingSubject subject = context.Application.Subject;
        if (subject.Certificate.TryPickT1(out IdentityDocument? document, out _))
        {
            AddIfFailing(context, ref failures, document, subject.Name, default);
        }

        foreach (PersonAt at in new PeopleOf(context.Application))
        {
            AddIfFailing(context, ref failures, at.Person.Document, at.Person.Name, at);
        }

        return failures is null ? [] : [.. failures];
    }

    private static void AddIfFailing(RuleContext context, ref List<DivisionFailure>? failures, IdentityDocument document, string name, PersonAt at)
    {
        if (!document.IsT0)
        {
            return;
        }

        ResidentIdNumber number = document.AsT0;

        // The common case, a code in force in or after the birth year, is decided without allocating; the full check
        // (the same rule, with the entries for the message) runs only for a number that fails it.
        if (number.IsResidencePermit || InForceInOrAfterBirth(context.Divisions, number))
        {
            return;
        }

        DivisionCheck check = context.Divisions.Check(number);
        if (check.Status is DivisionStatus.UnknownCode or DivisionStatus.AbolishedBeforeBirth)
        {
            (failures ??= []).Add(new DivisionFailure(name, at, check));
        }
    }

    // The path is built only for a number that fails: `At` is the person, or default for the subject's certificate.
    private static void ReportDivision(FindingCollector findings, DivisionFailure failure)
    {
        DivisionCheck check = failure.Check;
        string name = failure.Name;
        string path = failure.At.Person is null ? FieldPath.SubjectCertificate : failure.At.Path + ".Document";
        string code = check.Code.ToString("D6", CultureInfo.InvariantCulture);
        if (check.Status == DivisionStatus.UnknownCode)
        {
            findings.Report(
                path,
                name + "'s ID number starts with " + code + ", which is not in the division table.",
                name + "的身份证号码地址码" + code + "不在行政区划代码表中。",
                "Check the number against the ID card; if it is right, the table may be older than the code.",
                "请对照身份证核对号码；如号码无误，可能是代码表尚未收录该代码。");
        }
        else
        {
            int lastYear = 0;
            foreach (AdministrativeDivision entry in check.Entries)
            {
                lastYear = System.Math.Max(lastYear, entry.LastYear ?? 0);
            }

            string last = lastYear.ToString(CultureInfo.InvariantCulture);
            string born = check.BirthYear.ToString(CultureInfo.InvariantCulture);
            findings.Report(
                path,
                name + "'s ID number carries division code " + code + ", abolished in " + last + ", before the holder's birth in " + born + ".",
                name + "的身份证号码地址码" + code + "已于" + last + "年撤销，早于出生年份" + born + "年。",
                "Check the number against the ID card: no number issued to someone born then can carry this code.",
                "请对照身份证核对号码：该年份出生者的号码不可能使用此代码。");
        }
    }

    private static bool InForceInOrAfterBirth(AdministrativeDivisions divisions, ResidentIdNumber number)
    {
        ReadOnlySpan<AdministrativeDivision> entries = divisions.Find(number.RegionCode);

        // A code still in force fits every birth year; only codes that have all ended need the birth date.
        foreach (AdministrativeDivision entry in entries)
        {
            if (entry.LastYear is null)
            {
                return true;
            }
        }

        int birthYear = entries.IsEmpty ? 0 : number.BirthDate.Year;
        foreach (AdministrativeDivision entry in entries)
        {
            if (entry.IsInForceInOrAfter(birthYear))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports each person whose document's last valid day is in [from, to): expired, or expiring soon.</summary>
    private static void ReportValidUntil(RuleContext context, FindingCollector findings, LocalDate from, LocalDate to, bool expired)
    {
        foreach (PersonAt at in new PeopleOf(context.Application))
        {
            if (at.Person.DocumentValidUntil is LocalDate until && until >= from && until < to)
            {
                string name = at.Person.Name;
                findings.Report(
                    at.Path + ".DocumentValidUntil",
                    expired ? name + "'s identity document expired on " + Iso(until) + "." : name + "'s identity document expires on " + Iso(until) + ", possibly before the review ends.",
                    expired ? name + "的证件已于" + Iso(until) + "过期。" : name + "的证件将于" + Iso(until) + "到期，可能在审核结束前过期。",
                    expired ? "Renew the document and give the new one." : "Renew the document before submitting.",
                    expired ? "请换领证件后提供新证件。" : "建议先换领证件再提交。");
            }
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
