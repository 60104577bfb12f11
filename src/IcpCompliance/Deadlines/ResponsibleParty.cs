namespace IcpCompliance.Deadlines;

/// <summary>Who must act before a deadline.</summary>
public enum ResponsibleParty
{
    /// <summary>The applicant or the people named in the filing (submitting, verifying the SMS code, filing with
    /// the PSB, correcting information).</summary>
    Applicant = 1,

    /// <summary>The hosting (access) provider.</summary>
    Provider = 2,

    /// <summary>The provincial communications administration (管局).</summary>
    Bureau = 3,

    /// <summary>The Mini Program or App platform (WeChat verification).</summary>
    Platform = 4,
}
