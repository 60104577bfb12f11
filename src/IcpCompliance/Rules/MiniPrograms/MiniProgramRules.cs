using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>ICP07xx: Mini Programs and Apps.</summary>
internal static class MiniProgramRules
{
    private const string WeChat = Internal.SourceDocuments.WeChatGuide;

    internal static readonly IRule PersonalMiniProgram = Define.Rule(
        new Rule
        {
            Id = "ICP0701",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A personal Mini Program uses no commercial services and is not verified",
            TitleChinese = "个人主体小程序不能使用经营性服务或认证",
            Explanation = "Mini Programs under personal entities cannot use commercial services or be verified: a personal Mini Program cannot take payments, run commercial services or go through the platform's verification.",
            ExplanationChinese = "个人主体的小程序不能开通支付、提供经营性服务或进行单位认证。",
            Source = WeChat + " (\"Mini Programs under personal entities cannot use commercial services or be verified.\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Application.Subject.EntityType != EntityType.Individual)
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

                if (service.IsCommercial || service.Account?.PaymentsEnabled == true)
                {
                    findings.Report(
                        FieldPath.Service(i) + (service.IsCommercial ? ".IsCommercial" : ".Account.PaymentsEnabled"),
                        "\"" + service.Name + "\" is a personal Mini Program and cannot take payments or run commercial services.",
                        "“" + service.Name + "”为个人主体小程序，不能开通支付或提供经营性服务。",
                        "Remove the commercial features, or file the Mini Program under an organization.",
                        "请取消经营性功能，或改由单位主体备案。");
                }

                if (service.Account?.Verified == true)
                {
                    findings.Report(
                        FieldPath.Service(i) + ".Account.Verified",
                        "\"" + service.Name + "\" is a personal Mini Program, which cannot be verified as an organization.",
                        "“" + service.Name + "”为个人主体小程序，不能进行单位认证。",
                        "Correct the account's verification status, or file under the organization that was verified.",
                        "请更正账号认证状态，或改由已认证的单位主体备案。");
                }
            }
        });

    internal static readonly IRule VerifiedBeforeFiling = Define.Rule(
        new Rule
        {
            Id = "ICP0702",
            DefaultSeverity = RuleSeverity.Error,
            Title = "An organization's Mini Program is verified before filing",
            TitleChinese = "单位主体小程序须先完成认证再备案",
            Explanation = "The platform's verification of the organization (微信认证 and the like) must be complete before the Mini Program files: filing is only available after verification.",
            ExplanationChinese = "单位主体的小程序须先完成平台认证（如微信认证）再备案：认证后方可备案。",
            Source = WeChat + " (\"Verification must be completed before filing.\"; \"Filing is only available after verification.\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.NewServices,
        },
        static (context, findings) =>
        {
            if (context.Application.Subject.EntityType.IsOrganization)
            {
                ServiceFindings.Report(
                    context,
                    findings,
                    static s => s.Kind == ServiceKind.MiniProgram && s.Account is { Verified: false },
                    ".Account.Verified",
                    "has not completed the platform's verification.",
                    "尚未完成平台认证。",
                    "Complete the platform's verification first; filing follows it.",
                    "请先完成平台认证，再提交备案。");
            }
        });

    internal static readonly IRule EmailUnused = Define.Rule(
        new Rule
        {
            Id = "ICP0703",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The account's email is not used by another platform account",
            TitleChinese = "账号邮箱不得已被其他平台账号使用",
            Explanation = "The platform refuses an email address already registered to another of its accounts (an official account, another Mini Program, an open-platform account).",
            ExplanationChinese = "平台不接受已被其他账号（公众号、其他小程序、开放平台账号等）注册的邮箱。",
            Source = WeChat + " (\"A valid email that has not been registered with the WeChat Official Platform, WeChat Open Platform, or linked to a personal WeChat account.\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (services[i].Kind == ServiceKind.MiniProgram && services[i].Account is { EmailUsedByAnotherAccount: true } account)
                {
                    findings.Report(
                        FieldPath.Service(i) + ".Account.Email",
                        account.Email + " is already used by another account of the platform.",
                        account.Email + "已被该平台其他账号使用。",
                        "Register the Mini Program with an email address no other account of the platform uses.",
                        "请使用未被该平台其他账号使用的邮箱注册小程序。");
                }
            }
        });

    internal static readonly IRule AdministratorMobile = Define.Rule(
        new Rule
        {
            Id = "ICP0704",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A Mini Program has a platform account with an administrator and a mobile number",
            TitleChinese = "小程序须有平台账号、管理员及其手机号码",
            Explanation = "A Mini Program files from its platform account; the account's administrator is named with a mobile number that receives the platform's and the Ministry's messages.",
            ExplanationChinese = "小程序通过其平台账号备案；须填写账号管理员及其手机号码，用于接收平台和工信部的短信。",
            Source = WeChat + " (\"Administrator's Mobile Number\"; \"Both the legal representative and administrator must verify via SMS within 24 hours\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                FilingService service = services[i];
                if (service.Kind != ServiceKind.MiniProgram)
                {
                    continue;
                }

                if (service.Account is null)
                {
                    findings.Report(FieldPath.Service(i) + ".Account", "\"" + service.Name + "\" has no platform account.", "“" + service.Name + "”未填写平台账号。", "Give the Mini Program's platform account.", "请填写小程序的平台账号。");
                }
                else if (service.Account.Administrator is null)
                {
                    findings.Report(FieldPath.Administrator(i), "\"" + service.Name + "\" names no administrator.", "“" + service.Name + "”未填写管理员。", "Name the account's administrator.", "请填写账号管理员。");
                }
                else if (service.Account.Administrator.Mobile is null)
                {
                    findings.Report(FieldPath.Administrator(i) + ".Mobile", "The administrator of \"" + service.Name + "\" has no mobile number.", "“" + service.Name + "”的管理员未填写手机号码。", "Give the administrator's Mainland mobile number.", "请填写管理员的内地手机号码。");
                }
            }
        });

    internal static readonly IRule EmergencyContact = Define.Rule(
        new Rule
        {
            Id = "ICP0705",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A Mini Program names an emergency contact with a mobile number",
            TitleChinese = "小程序须填写应急联系人及其手机号码",
            Explanation = "The materials of a Mini Program's registration and filing include an emergency contact number (应急联系人). The sources say this of Mini Programs only, so Apps are not checked.",
            ExplanationChinese = "小程序注册和备案材料包括应急联系人电话。来源只针对小程序，因此不检查App。",
            Source = WeChat + " (Required Materials: \"Emergency Contact Number\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            bool any = false;
            foreach (FilingService service in application.Services)
            {
                any |= service.Kind == ServiceKind.MiniProgram;
            }

            if (!any)
            {
                return;
            }

            ImmutableArray<Person> people = application.People;
            for (int i = 0; i < people.Length; i++)
            {
                if (people[i].Role == PersonRole.EmergencyContact)
                {
                    if (people[i].Mobile is null)
                    {
                        findings.Report(FieldPath.Person(i) + ".Mobile", "The emergency contact " + people[i].Name + " has no mobile number.", "应急联系人" + people[i].Name + "未填写手机号码。", "Give the emergency contact's mobile number.", "请填写应急联系人的手机号码。");
                    }

                    return;
                }
            }

            findings.Report(FieldPath.People, "No emergency contact is named.", "未填写应急联系人。", "Name an emergency contact with a mobile number.", "请填写应急联系人及其手机号码。");
        });

    internal static readonly IRule BankForPayments = Define.Rule(
        new Rule
        {
            Id = "ICP0706",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Bank details are given when WeChat Pay is to be enabled",
            TitleChinese = "开通微信支付须提供银行账户信息",
            Explanation = "Enabling payments (WeChat Pay) needs the organization's bank account details.",
            ExplanationChinese = "开通微信支付须提供单位的银行账户信息。",
            Source = WeChat + " (\"Bank Information: Required for enabling WeChat Pay.\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.Kind == ServiceKind.MiniProgram && s.Account is { PaymentsEnabled: true, BankAccountProvided: false },
            ".Account.BankAccountProvided",
            "enables payments without bank details.",
            "开通支付但未提供银行账户信息。",
            "Give the bank account details, or do not enable payments.",
            "请提供银行账户信息，或不开通支付。"));

    internal static readonly IRule BankOnlyForPayments = Define.Rule(
        new Rule
        {
            Id = "ICP0707",
            DefaultSeverity = RuleSeverity.Info,
            Title = "Bank details are needed only to enable payments",
            TitleChinese = "仅开通支付时需要银行账户信息",
            Explanation = "Bank account details are required only for enabling WeChat Pay; without payments they are not needed.",
            ExplanationChinese = "仅开通微信支付时需提供银行账户信息；不开通支付则无需提供。",
            Source = WeChat + " (\"Bank Information: Required for enabling WeChat Pay.\")",
            ServiceKinds = Define.MiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.Kind == ServiceKind.MiniProgram && s.Account is { PaymentsEnabled: false, BankAccountProvided: true },
            ".Account.BankAccountProvided",
            "gives bank details but does not enable payments; they are not needed.",
            "未开通支付，无需提供银行账户信息。",
            "Leave the bank details out unless payments are enabled.",
            "如不开通支付，可不提供银行账户信息。"));

    internal static readonly IRule Identifier = Define.Rule(
        new Rule
        {
            Id = "ICP0708",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Apps, Mini Programs and quick apps give their package name or app id",
            TitleChinese = "App、小程序和快应用须填写包名或AppID",
            Explanation = "An App or quick app is identified by its package name (with its signing key's fingerprint), a Mini Program by its app id.",
            ExplanationChinese = "App和快应用以包名（及签名公钥指纹）标识，小程序以AppID标识。",
            Source = "MIIT App filing notice (工信部信管〔2023〕105号); Huawei Cloud filing-rules.yml AppFeatureInfo; facts §3",
            ServiceKinds = Define.AppsAndMiniPrograms,
            Operations = Define.Submissions,
        },
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.Kind != ServiceKind.Website && string.IsNullOrWhiteSpace(s.AppId),
            ".AppId",
            "gives no package name or app id.",
            "未填写包名或AppID。",
            "Give the package name (App, quick app) or the app id (Mini Program).",
            "请填写包名（App、快应用）或AppID（小程序）。"));
}
