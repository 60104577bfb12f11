namespace IcpCompliance.Internal;

/// <summary>The names of the three documents the project was created from (the seeds), as facts and verdicts cite
/// them: what each document is, not where it was found.</summary>
internal static class SourceDocuments
{
    /// <summary>A hosting provider's guide: the ICP number, the Commercial License, the PSB filing, the documents,
    /// Beijing's domain rule and the footer.</summary>
    internal const string IcpGuide = "Alibaba Cloud community blog: How to Register for an ICP Number";

    /// <summary>A provider's page on MIIT's SMS verification: who receives it, the 24-hour window, resending.</summary>
    internal const string SmsFaq = "SMS verification FAQ (How do I successfully complete the SMS verification for an ICP application?)";

    /// <summary>The WeChat Mini Program guide and its FAQ: materials, personal and company accounts, Guangdong's signed
    /// and stamped documents, cross-province individuals, the 2023–2024 dates, the bureau's review time.</summary>
    internal const string WeChatGuide = "WeChat Mini Program Registration, Verification & Filing Guide (with FAQs)";
}
