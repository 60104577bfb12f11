namespace IcpCompliance.Filing;

/// <summary>The platform account behind a Mini Program or an App listing (WeChat, Alipay, an app store): the facts
/// the platform's own registration and verification need before filing.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record PlatformAccount
{
    /// <summary>The platform, for example <c>WeChat</c>.</summary>
    public required string Platform { get; init; }

    /// <summary>The email address the account was registered with.</summary>
    public required string Email { get; init; }

    /// <summary>Whether the email address is already used by another account of the same platform family, which
    /// the platform refuses.</summary>
    public bool EmailUsedByAnotherAccount { get; init; }

    /// <summary>The account's administrator, whose details are fixed once the filing is submitted.</summary>
    public Person? Administrator { get; init; }

    /// <summary>Whether the platform's own verification of the organization (微信认证 and the like) is complete;
    /// an organization's Mini Program is verified before it files, a personal one cannot be.</summary>
    public bool Verified { get; init; }

    /// <summary>Whether bank account details were given (needed only to enable payments such as WeChat Pay).</summary>
    public bool BankAccountProvided { get; init; }

    /// <summary>Whether payments (WeChat Pay) are to be enabled.</summary>
    public bool PaymentsEnabled { get; init; }
}
