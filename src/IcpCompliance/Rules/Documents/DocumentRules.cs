using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Identity;

namespace IcpCompliance.Rules;

/// <summary>ICP03xx: documents, checks and the language of the forms.</summary>
internal static class DocumentRules
{
    private const string Materials = Internal.SourceDocuments.IcpGuide + " (What Documents Will I Need For an ICP Filing?: the business license or organization code, valid IDs of the person in charge of the business and of the websites, scans, real-time face verification, the domain's registration certificate); Huawei Cloud ICP knowledge base (filing-rules.yml FilingMaterial); facts §5.3";

    internal static readonly IRule OrganizationCertificate = Define.Rule(
        new Rule
        {
            Id = "ICP0301",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Organizations provide their business license or organization certificate",
            TitleChinese = "单位主体须提供营业执照或组织机构证书",
            Explanation = "An organization files with a scan of its business license (enterprises, individual businesses) or its organization certificate (public institutions, social organizations and the like). A foreign company files through its Mainland branch or representative office, with that office's certificate.",
            ExplanationChinese = "单位主体须提供营业执照（企业、个体工商户）或组织机构证书（事业单位、社会团体等）扫描件。外国公司须通过其内地分支机构或常驻代表机构备案，并提供该机构的证书。",
            Source = Materials,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (application.Subject.EntityType.IsOrganization
                && !application.Provided(FilingDocument.BusinessLicenseScan)
                && !application.Provided(FilingDocument.OrganizationCertificateScan))
            {
                findings.Report(
                    FieldPath.Documents,
                    "The organization's business license or organization certificate is missing.",
                    "缺少单位的营业执照或组织机构证书。",
                    "Add a scan of the business license or organization certificate; a foreign company files through its Mainland branch or representative office.",
                    "请补充营业执照或组织机构证书扫描件；外国公司须通过其内地分支机构或常驻代表机构备案。");
            }
        });

    internal static readonly IRule CertificateMatchesEntity = Define.Rule(
        new Rule
        {
            Id = "ICP0302",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The subject's certificate fits its type",
            TitleChinese = "主体证件与主体性质相符",
            Explanation = "An organization files with its Unified Social Credit Code; an individual files with their own identity document.",
            ExplanationChinese = "单位主体使用统一社会信用代码备案；个人主体使用本人身份证件备案。",
            Source = Materials,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingSubject subject = context.Application.Subject;
            if (subject.EntityType.IsOrganization != subject.Certificate.IsCreditCode)
            {
                findings.Report(
                    FieldPath.SubjectCertificate,
                    subject.EntityType.IsOrganization
                        ? "An organization (" + subject.EntityType.EnglishNoun + ") must file with its Unified Social Credit Code, not a personal identity document."
                        : "An individual must file with their own identity document, not a credit code.",
                    subject.EntityType.IsOrganization
                        ? subject.EntityType.ChineseName + "须使用统一社会信用代码备案，不能使用个人证件。"
                        : "个人须使用本人身份证件备案，不能使用统一社会信用代码。",
                    "Correct the entity type or the certificate.",
                    "请更正主体性质或主体证件。");
            }
        });

    internal static readonly IRule SubjectPrincipalNamed = Define.Rule(
        new Rule
        {
            Id = "ICP0303",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The subject principal is named",
            TitleChinese = "须填写主体负责人",
            Explanation = "Every application names the person responsible for the subject (主体负责人), who receives the Ministry's SMS and is face-verified.",
            ExplanationChinese = "每份申请须填写主体负责人，其接收工信部核验短信并进行人脸核验。",
            Source = Materials,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Application.PersonIn(PersonRole.SubjectPrincipal) is null)
            {
                findings.Report(
                    FieldPath.People,
                    "No subject principal is named.",
                    "未填写主体负责人。",
                    "Add the subject principal with their identity document and Mainland mobile number.",
                    "请补充主体负责人及其身份证件和内地手机号码。");
            }
        });

    internal static readonly IRule DocumentFitsResidency = Define.Rule(
        new Rule
        {
            Id = "ICP0304",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Each person files with the identity document their residency requires",
            TitleChinese = "证件类型须与人员身份相符",
            Explanation = "Mainland citizens file with their resident ID card; Hong Kong, Macao and Taiwan residents with their Mainland Travel Permit (or residence permit); foreign nationals with their passport.",
            ExplanationChinese = "内地居民使用居民身份证；港澳台居民使用来往内地（大陆）通行证或居住证；外国人使用护照。",
            Source = Materials,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            foreach (PersonAt at in new PeopleOf(context.Application))
            {
                IdentityDocumentKind kind = at.Person.Document.Kind;
                bool fits = at.Person.Residency switch
                {
                    Residency.MainlandCitizen => kind == IdentityDocumentKind.ResidentIdCard,
                    Residency.Foreigner => kind == IdentityDocumentKind.Passport,
                    _ => kind is IdentityDocumentKind.TravelPermit or IdentityDocumentKind.ResidencePermit,
                };
                if (!fits)
                {
                    findings.Report(
                        at.Path + ".Document",
                        at.Person.Name + " (" + Wording.English(at.Person.Residency) + ") gives " + Wording.English(kind) + ", which the bureau does not accept for them.",
                        at.Person.Name + "的证件类型与其身份不符，管局不予受理。",
                        at.Person.Residency switch
                        {
                            Residency.MainlandCitizen => "Give the resident ID card.",
                            Residency.Foreigner => "Give the passport.",
                            _ => "Give the Mainland Travel Permit (or the residence permit).",
                        },
                        at.Person.Residency switch
                        {
                            Residency.MainlandCitizen => "请提供居民身份证。",
                            Residency.Foreigner => "请提供护照。",
                            _ => "请提供来往内地（大陆）通行证或居住证。",
                        });
                }
            }
        });

    internal static readonly IRule IdentityScans = Define.Rule(
        new Rule
        {
            Id = "ICP0305",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Scans of the identity documents are provided",
            TitleChinese = "须提供证件扫描件",
            Explanation = "The provider checks a scan of every named person's identity document.",
            ExplanationChinese = "接入商须核验每位负责人证件的扫描件。",
            Source = Materials,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => Require(context, findings, FilingDocument.IdentityDocumentScans, "Scans of the identity documents are missing.", "缺少证件扫描件。", "Upload scans of both sides of each person's identity document.", "请上传每位负责人证件正反面扫描件。"));

    internal static readonly IRule FaceVerification = Define.Rule(
        new Rule
        {
            Id = "ICP0306",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Face verification of the principals is done",
            TitleChinese = "须完成负责人人脸核验",
            Explanation = "The principals verify their faces in the provider's app (人脸核验) before the provider submits the application.",
            ExplanationChinese = "接入商提交申请前，负责人须在接入商的应用中完成人脸核验。",
            Source = Materials,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => Require(context, findings, FilingDocument.FaceVerification, "Face verification has not been done.", "尚未完成人脸核验。", "Have each principal complete face verification in the provider's app.", "请各负责人在接入商应用中完成人脸核验。"));

    internal static readonly IRule DomainCertificate = Define.Rule(
        new Rule
        {
            Id = "ICP0307",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The domain registration certificate is provided",
            TitleChinese = "须提供域名证书",
            Explanation = "A website's filing includes the registration certificate of each domain, showing the real-name holder.",
            ExplanationChinese = "网站备案须提供每个域名的注册证书，显示实名持有者。",
            Source = Materials,
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            foreach (FilingService service in context.Application.Services)
            {
                if (service.Kind == ServiceKind.Website && !service.Domains.IsEmpty)
                {
                    Require(context, findings, FilingDocument.DomainCertificate, "The domain registration certificate is missing.", "缺少域名证书。", "Download the certificate from the registrar and add it.", "请从注册商处下载域名证书并补充。");
                    return;
                }
            }
        });

    internal static readonly IRule WrittenInChinese = Define.Rule(
        new Rule
        {
            Id = "ICP0308",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Names, addresses and descriptions are written in Chinese",
            TitleChinese = "名称、地址和描述须使用中文",
            Explanation = "The bureau wants the subject's name, its addresses, each service's name and description, and Mainland citizens' names in Chinese.",
            ExplanationChinese = "管局要求主体名称、地址、各服务名称和描述以及内地居民姓名使用中文填写。",
            Source = Internal.SourceDocuments.IcpGuide + " (\"All of the documents and forms submitted to the application must be completed in Chinese.\")",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            Check(findings, application.Subject.Name, FieldPath.SubjectName);
            Check(findings, application.Subject.Address.Detail, FieldPath.SubjectAddress + ".Detail");
            Check(findings, application.Subject.Address.City, FieldPath.SubjectAddress + ".City");
            if (application.Subject.MailingAddress is Address mailing)
            {
                Check(findings, mailing.Detail, FieldPath.SubjectMailingAddress + ".Detail");
                Check(findings, mailing.City, FieldPath.SubjectMailingAddress + ".City");
            }

            ImmutableArray<FilingService> services = application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (!ChineseText.HasIdeograph(services[i].Name))
                {
                    Check(findings, services[i].Name, FieldPath.Service(i) + ".Name");
                }

                if (services[i].Description is string description && !ChineseText.HasIdeograph(description))
                {
                    Check(findings, description, FieldPath.Service(i) + ".Description");
                }
            }

            foreach (PersonAt at in new PeopleOf(application))
            {
                if (at.Person.Residency == Residency.MainlandCitizen && !ChineseText.HasIdeograph(at.Person.Name))
                {
                    Check(findings, at.Person.Name, at.Path + ".Name");
                }
            }
        });

    internal static readonly IRule PreApprovals = Define.Rule(
        new Rule
        {
            Id = "ICP0309",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Pre-approval industries have their approval, others declare none is needed",
            TitleChinese = "涉及前置审批的须提供审批文件，不涉及的须提供承诺书",
            Explanation = "Content in news, publishing, education, health, drugs, culture, broadcasting, religion or finance needs its regulator's approval (前置审批) before filing; a service touching none of them files a declaration that no pre-approval is required (不涉及前置审批承诺书).",
            ExplanationChinese = "涉及新闻、出版、教育、医疗保健、药品、文化、广电、宗教、金融等内容的，备案前须取得主管部门前置审批；不涉及的须提供不涉及前置审批承诺书。",
            Source = Internal.SourceDocuments.WeChatGuide + " (Q3: \"Provide a declaration stating no pre-approval is required\"); Huawei Cloud ICP knowledge base (filing-rules.yml PreApproval); facts §8 (general rule, list not exhaustive)",
            ServiceKinds = Define.All,
            Operations = Define.NewServices,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            bool anyCategory = false;
            ImmutableArray<FilingService> services = application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                // Each category once per service: a category listed a million times is one problem, and building its
                // message (which quotes the service's name) a million times made the evaluation as slow as the input
                // was long times its name (issue #26).
                ImmutableArray<PreApprovalCategory> categories = services[i].ContentCategories;
                HashSet<PreApprovalCategory>? seen = categories.Length > 1 ? [] : null;
                foreach (PreApprovalCategory category in categories)
                {
                    anyCategory = true;
                    if (seen is not null && !seen.Add(category))
                    {
                        continue;
                    }

                    if (!Holds(services[i], category))
                    {
                        findings.Report(
                            FieldPath.Service(i) + ".PreApprovals",
                            "\"" + services[i].Name + "\" touches " + Wording.English(category) + " content but holds no pre-approval for it.",
                            "“" + services[i].Name + "”涉及需前置审批的内容（" + Wording.Chinese(category) + "），但未提供相应审批。",
                            "Obtain the regulator's approval and add it with its document number, or remove that content.",
                            "请取得主管部门审批并填写批准文号，或删除相关内容。");
                    }
                }
            }

            if (anyCategory && !application.Provided(FilingDocument.PreApprovalDocuments))
            {
                findings.Report(FieldPath.Documents, "The pre-approval documents are missing.", "缺少前置审批文件。", "Add scans of the approval documents.", "请补充前置审批文件扫描件。");
            }
            else if (!anyCategory && !application.Provided(FilingDocument.NoPreApprovalDeclaration))
            {
                findings.Report(FieldPath.Documents, "The declaration that no pre-approval is required is missing.", "缺少不涉及前置审批承诺书。", "Add the signed declaration (不涉及前置审批承诺书).", "请补充签字盖章的不涉及前置审批承诺书。");
            }
        });

    private static bool Holds(FilingService service, PreApprovalCategory category)
    {
        foreach (PreApproval approval in service.PreApprovals)
        {
            if (approval.Category == category)
            {
                return true;
            }
        }

        return false;
    }

    private static void Require(RuleContext context, FindingCollector findings, FilingDocument document, string message, string messageChinese, string hint, string hintChinese)
    {
        if (!context.Application.Provided(document))
        {
            findings.Report(FieldPath.Documents, message, messageChinese, hint, hintChinese);
        }
    }

    private static void Check(FindingCollector findings, string text, string path)
    {
        if (!ChineseText.HasIdeograph(text))
        {
            findings.Report(
                path,
                "\"" + text + "\" is not written in Chinese.",
                "“" + text + "”未使用中文填写。",
                "Write it in Chinese as on the certificate or registration.",
                "请按证件或登记信息使用中文填写。");
        }
    }
}
