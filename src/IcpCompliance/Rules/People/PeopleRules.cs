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
        new Rule
        {
            Id = "ICP0401",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Everyone who must receive the Ministry's SMS has a Mainland mobile number",
            TitleChinese = "须接收工信部核验短信的负责人须有内地手机号码",
            Explanation = "Since 2020 an application is verified by SMS sent to the Chinese mobile numbers it gives: the legal representative and the person responsible for the website receive a code; by the providers' rules a first filing or a change reaches the subject principal and the service principals, a new service or new access the service principals. Each needs a Mainland mobile number. (A Mini Program's administrator is checked by ICP0704.)",
            ExplanationChinese = "自2020年起，申请须通过发送到所填中国手机号码的短信核验：法定代表人和网站负责人会收到验证码；按接入商的规则，首次备案和变更备案发送给主体负责人和网站负责人，新增网站和新增接入发送给网站负责人。每人须有内地手机号码。（小程序管理员由ICP0704检查。）",
            Source = "SMS verification FAQ (\"both the person responsible for the website and the legal representative receive an SMS with a verification code on their respective Chinese mobile number\"); WeChat Mini Program Registration, Verification & Filing Guide; MIIT SMS verification as relayed by Huawei Cloud (备案短信核验) and Alibaba Cloud; facts §3, §3c",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingOperation operation = context.Application.Operation;
            bool subjectLevelToo = operation == FilingOperation.FirstFiling || operation == FilingOperation.Change;
            bool organization = context.Application.Subject.EntityType.IsOrganization;
            foreach (PersonAt at in new PeopleOf(context.Application))
            {
                PersonRole role = at.Person.Role;
                bool receives = (at.Slot != PersonSlot.Administrator && role == PersonRole.ServicePrincipal)
                    || (subjectLevelToo && at.Slot == PersonSlot.People
                        && (role == PersonRole.SubjectPrincipal || (organization && role == PersonRole.LegalRepresentative)));
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

    internal static readonly IRule LegalRepresentativeNamed = Define.Rule(
        new Rule
        {
            Id = "ICP0407",
            DefaultSeverity = RuleSeverity.Error,
            Title = "An organization names its legal representative",
            TitleChinese = "单位主体须填写法定代表人",
            Explanation = "The legal representative of an organization receives and answers the Ministry's verification SMS, and the Mini Program guide asks for the legal representative's ID card: an organization's application names its legal representative (法定代表人) with their identity document.",
            ExplanationChinese = "单位主体的法定代表人须接收并完成工信部核验短信，小程序备案指南也要求提供法定代表人身份证：单位主体的申请须填写法定代表人及其身份证件。",
            Source = "SMS verification FAQ (\"both the person responsible for the website and the legal representative receive an SMS\"); WeChat Mini Program Registration, Verification & Filing Guide (\"Legal Representative's ID: Front and back images of the ID card\"; \"Both the legal representative and administrator must verify via SMS within 24 hours\")",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (application.Subject.EntityType.IsOrganization && application.PersonIn(PersonRole.LegalRepresentative) is null)
            {
                findings.Report(
                    FieldPath.People,
                    "The organization's legal representative is not named.",
                    "未填写单位的法定代表人。",
                    "Add the legal representative with their identity document and Mainland mobile number.",
                    "请补充法定代表人及其身份证件和内地手机号码。");
            }
        });

    internal static readonly IRule PeopleListedOnce = Define.Rule(
        new Rule
        {
            Id = "ICP0408",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "Each person is listed once in each role, and a subject has one legal representative and one subject principal",
            TitleChinese = "每人每个角色只填写一次，主体只有一名法定代表人和一名主体负责人",
            Explanation = "The filing forms hold one legal representative and one subject principal per subject, and a person once per role. The sources say nothing of repeated entries; a repeat is most likely a data-entry error, and only the first entry of a role is used (for the SMS recipients and the other checks), so it is a warning.",
            ExplanationChinese = "备案表中每个主体只有一名法定代表人和一名主体负责人，每人每个角色只出现一次。来源未提及重复填写；重复多为录入错误，且只使用该角色的第一条信息（用于短信接收人和其他检查），因此为警告。",
            Source = "Sources silent (the forms' layout as the providers describe it, facts §6); a warning, not an error",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            ImmutableArray<Person> people = context.Application.People;
            if (people.Length < 2)
            {
                return;
            }

            // A handful of people are compared pairwise, without allocating; past that a set keeps the rule linear.
            HashSet<(PersonRole, IdentityDocument)>? seen = people.Length > DomainRules.SmallInput ? new(people.Length) : null;
            Person? legalRepresentative = null;
            Person? subjectPrincipal = null;
            for (int i = 0; i < people.Length; i++)
            {
                Person person = people[i];
                if (seen is null ? RepeatsAnEarlier(people, i) : !seen.Add((person.Role, person.Document)))
                {
                    findings.Report(
                        FieldPath.Person(i),
                        person.Name + " is listed again in the same role.",
                        person.Name + "以同一角色重复填写。",
                        "Remove the repeated entry.",
                        "请删除重复的条目。");
                    continue;
                }

                if (person.Role is not (PersonRole.LegalRepresentative or PersonRole.SubjectPrincipal))
                {
                    continue;
                }

                bool legal = person.Role == PersonRole.LegalRepresentative;
                Person? first = legal ? legalRepresentative : subjectPrincipal;
                if (first is null)
                {
                    legalRepresentative = legal ? person : legalRepresentative;
                    subjectPrincipal = legal ? subjectPrincipal : person;
                }
                else
                {
                    findings.Report(
                        FieldPath.Person(i),
                        person.Name + " is a second " + (legal ? "legal representative" : "subject principal") + " beside " + first.Name + "; only the first is used.",
                        person.Name + "为第二名" + (legal ? "法定代表人" : "主体负责人") + "（已有" + first.Name + "），只使用第一名。",
                        "Keep one " + (legal ? "legal representative" : "subject principal") + ".",
                        "请只保留一名" + (legal ? "法定代表人" : "主体负责人") + "。");
                }
            }
        });

    internal static readonly IRule DocumentNotExpired = Define.Rule(
        new Rule
        {
            Id = "ICP0402",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Identity documents are valid on the day of evaluation",
            TitleChinese = "证件在检查当日须在有效期内",
            Explanation = "The bureau rejects an expired identity document.",
            ExplanationChinese = "管局不受理已过期的证件。",
            Source = "Alibaba Cloud community blog: How to Register for an ICP Number (\"A valid ID of the person in charge\"); facts §5",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => ReportValidUntil(context, findings, LocalDate.MinIsoValue, context.EvaluationDate, expired: true));

    internal static readonly IRule DocumentExpiresSoon = Define.Rule(
        new Rule
        {
            Id = "ICP0403",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "Identity documents stay valid through the review",
            TitleChinese = "证件在审核期间须保持有效",
            Explanation = "The bureau's review takes 1 to 20 working days; a document that expires within 30 days may expire before approval and get the application returned.",
            ExplanationChinese = "管局审核需1至20个工作日；30天内到期的证件可能在审核通过前过期，导致申请被退回。",
            Source = "WeChat Mini Program Registration, Verification & Filing Guide (bureau review \"1–20 working days\"); a margin of 30 days is the library's (a warning)",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => ReportValidUntil(context, findings, context.EvaluationDate, context.EvaluationDate.PlusDays(ExpiryWarningDays), expired: false));

    internal static readonly IRule AdministratorFixed = Define.Rule(
        new Rule
        {
            Id = "ICP0404",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A Mini Program's administrator is fixed after submission",
            TitleChinese = "小程序管理员信息提交后不可更改",
            Explanation = "The administrator's details of a Mini Program are fixed once its filing is submitted; an application that names another administrator than the approved one is refused.",
            ExplanationChinese = "小程序备案提交后，管理员信息不可更改；与已备案管理员不一致的申请将被驳回。",
            Source = "WeChat Mini Program Registration, Verification & Filing Guide (\"Administrator Information: Must be provided and cannot be changed after submission\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.PreviouslyApproved is not FilingApplication approved)
            {
                return;
            }

            ImmutableArray<FilingService> services = context.Application.Services;
            ServiceMatch? match = null;
            for (int i = 0; i < services.Length; i++)
            {
                FilingService service = services[i];
                if (service.Kind != ServiceKind.MiniProgram)
                {
                    continue;
                }

                // Plain locals rather than pattern variables in one condition: a mutation tool that flips the
                // condition's operators would otherwise leave them unassigned and have to skip the whole file.
                Person? was = (match ??= new ServiceMatch(approved)).Find(service)?.Account?.Administrator;
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
        new Rule
        {
            Id = "ICP0405",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "A resident ID number's region code is in the division table",
            TitleChinese = "身份证号码的地址码须在行政区划代码表中",
            Explanation = "The first six digits of a resident ID number are a GB/T 2260 division code. A code missing from the table is a reason to look at the number again (a typo, a made-up number), though a table is never complete on the day a new code appears.",
            ExplanationChinese = "居民身份证号码前六位为GB/T 2260行政区划代码。代码表中没有的代码提示号码可能有误（笔误或虚构），但新设代码可能尚未收录。",
            Source = "GB 11643-1999; GB/T 2260 via python-stdnum loc.dat (2026-01); facts §11",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => CheckDivisions(context, findings, DivisionStatus.UnknownCode));

    internal static readonly IRule DivisionAbolished = Define.Rule(
        new Rule
        {
            Id = "ICP0406",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A resident ID number's region code was in force after the holder's birth",
            TitleChinese = "身份证号码的地址码须在持证人出生后仍有效",
            Explanation = "A number is issued at or after birth and keeps its code when the division is later abolished, so the code must have been in force in or after the birth year; a code abolished before the holder was born cannot appear.",
            ExplanationChinese = "身份证号码在出生后编制，行政区划撤销后号码不变，因此地址码须在出生当年或之后有效；出生前已撤销的代码不可能出现在号码中。",
            Source = "GB 11643-1999; GB/T 2260 via python-stdnum loc.dat (2026-01); facts §11",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => CheckDivisions(context, findings, DivisionStatus.AbolishedBeforeBirth));

    internal static bool SamePerson(Person a, Person b) => a.Document.Equals(b.Document);

    private static bool RepeatsAnEarlier(ImmutableArray<Person> people, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (people[j].Role == people[index].Role && SamePerson(people[j], people[index]))
            {
                return true;
            }
        }

        return false;
    }

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

        DivisionCheck check = number.CheckRegionCode(context.Divisions);
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
