using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>ICP08xx: changes to an approved filing, compared with <see cref="RuleContext.PreviouslyApproved"/>.</summary>
internal static class ChangeRules
{
    private const string Source = Internal.SourceDocuments.IcpGuide + " (\"you also need to ensure that you keep the registration details up to date with MIIT. For example, if your webmaster changes, then you will need to supply the details of whoever takes over the role\"); Huawei Cloud ICP knowledge base (filing-rules.yml ChangeFiling, SubjectChange; 备案成功后咨询 doc_0173); facts §3b, §6";

    internal static readonly IRule ChangeFilingNeeded = Define.Rule(
        new Rule
        {
            Id = "ICP0801",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Subject or principal details that differ from the approved filing need a change filing",
            TitleChinese = "主体或负责人信息与已备案信息不一致的须先办理变更备案",
            Explanation = "Adding a service or access to a filed subject repeats the approved subject and principals. When they differ (the webmaster changed, the address moved), the bureau refuses the application until a change filing (变更备案) brings the record up to date; inaccurate details must be corrected within 10 working days.",
            ExplanationChinese = "新增网站或新增接入须沿用已备案的主体和负责人信息。信息不一致（如网站负责人更换、地址变更）时，须先办理变更备案；备案信息不准确的应在10个工作日内变更。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = [FilingOperation.AddService, FilingOperation.AddAccess],
        },
        static (context, findings) =>
        {
            if (context.PreviouslyApproved is not FilingApplication approved)
            {
                return;
            }

            FilingApplication application = context.Application;
            if (!application.Subject.Certificate.Equals(approved.Subject.Certificate))
            {
                return;
            }

            if (application.Subject != approved.Subject)
            {
                Report(findings, FieldPath.Subject, "The subject's details differ", "主体信息");
            }

            if (application.PersonIn(PersonRole.SubjectPrincipal) is Person principal
                && approved.PersonIn(PersonRole.SubjectPrincipal) is Person approvedPrincipal
                && principal != approvedPrincipal with { Role = principal.Role })
            {
                ImmutableArray<Person> people = application.People;
                Report(findings, FieldPath.Person(people.IndexOf(principal)), "The subject principal " + principal.Name + " differs", "主体负责人" + principal.Name);
            }

            ImmutableArray<FilingService> services = application.Services;
            var match = new ServiceMatch(approved);
            for (int i = 0; i < services.Length; i++)
            {
                if (match.Find(services[i]) is FilingService before && services[i].Principal != before.Principal)
                {
                    Report(findings, FieldPath.ServicePrincipal(i), "The principal of \"" + services[i].Name + "\" (" + services[i].Principal.Name + ") differs", "“" + services[i].Name + "”的负责人（" + services[i].Principal.Name + "）");
                }
            }
        });

    internal static readonly IRule NothingChanged = Define.Rule(
        new Rule
        {
            Id = "ICP0802",
            DefaultSeverity = RuleSeverity.Info,
            Title = "A change filing changes something",
            TitleChinese = "变更备案须有实际变更内容",
            Explanation = "A change filing whose subject, people and services equal the approved filing changes nothing. No source says what the bureau does with one, so this is a note, not a warning.",
            ExplanationChinese = "主体、人员和服务信息与已备案信息完全一致的变更备案没有变更内容。没有来源说明管局如何处理，因此仅作提示。",
            Source = "No source (a note): the library compares the change with RuleContext.PreviouslyApproved",
            ServiceKinds = Define.All,
            Operations = [FilingOperation.Change],
        },
        static (context, findings) =>
        {
            if (context.PreviouslyApproved is FilingApplication approved
                && context.Application.Subject == approved.Subject
                && Internal.Sequences.Equal(context.Application.People, approved.People)
                && Internal.Sequences.Equal(context.Application.Services, approved.Services))
            {
                findings.Report(
                    FieldPath.Operation,
                    "The change filing equals the approved filing: nothing is changed.",
                    "变更备案内容与已备案信息一致，没有变更。",
                    "Make the change in the application, or do not submit it.",
                    "请在申请中填写变更内容，或不提交。");
            }
        });

    internal static readonly IRule NewSubject = Define.Rule(
        new Rule
        {
            Id = "ICP0803",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A different credit code or an individual becoming an organization is a new subject, not a change",
            TitleChinese = "统一社会信用代码不同或个人转为单位属于新主体，不能变更",
            Explanation = "A different Unified Social Credit Code is a different subject, and an individual cannot become an organization by a change: cancel the filing and file again (or migrate the site).",
            ExplanationChinese = "统一社会信用代码不同即为不同主体；个人主体不能通过变更转为单位主体：须注销后重新备案（或办理网站迁移）。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.AfterApproval,
        },
        static (context, findings) =>
        {
            if (context.PreviouslyApproved is not FilingApplication approved)
            {
                return;
            }

            FilingSubject now = context.Application.Subject;
            FilingSubject before = approved.Subject;
            bool becameOrganization = before.EntityType == EntityType.Individual && now.EntityType.IsOrganization;
            if (becameOrganization || (now.Certificate.IsCreditCode && before.Certificate.IsCreditCode && !now.Certificate.Equals(before.Certificate)))
            {
                findings.Report(
                    becameOrganization ? FieldPath.SubjectEntityType : FieldPath.SubjectCertificate,
                    becameOrganization
                        ? "The approved subject is an individual; an organization cannot take over its filing by a change."
                        : "The credit code " + now.Certificate + " differs from the approved " + before.Certificate + ": this is another subject.",
                    becameOrganization
                        ? "已备案主体为个人，单位不能通过变更承接其备案。"
                        : "统一社会信用代码" + now.Certificate + "与已备案的" + before.Certificate + "不同，属于另一主体。",
                    "Cancel the approved filing and file the new subject (or migrate the site to it).",
                    "请注销原备案后以新主体重新备案（或办理网站迁移）。");
            }
        });

    // whatDiffers is the start of the English sentence, up to its verb: "The subject's details differ".
    private static void Report(FindingCollector findings, string path, string whatDiffers, string whatChinese)
        => findings.Report(
            path,
            whatDiffers + " from the approved filing: a change filing is needed first.",
            "申请中的" + whatChinese + "与已备案信息不一致：须先办理变更备案。",
            "Submit a change filing (变更备案) for the new details, then add the service or access.",
            "请先就新信息办理变更备案，再新增网站或接入。");
}
