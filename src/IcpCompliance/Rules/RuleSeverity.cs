namespace IcpCompliance.Rules;

/// <summary>How serious a <see cref="Finding"/> is. The values order a report: errors first.</summary>
public enum RuleSeverity
{
    /// <summary>The bureau or the provider rejects the application as it stands: it is not ready to submit.</summary>
    Error = 1,

    /// <summary>Likely to cause a rejection or a delay; submit only after looking at it.</summary>
    Warning = 2,

    /// <summary>Something the applicant should know; nothing to fix.</summary>
    Info = 3,
}
