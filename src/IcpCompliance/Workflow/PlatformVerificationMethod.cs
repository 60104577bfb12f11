namespace IcpCompliance.Workflow;

/// <summary>How a Mini Program platform verifies the account's subject before filing may start.</summary>
public enum PlatformVerificationMethod
{
    /// <summary>对公打款 A small transfer from the subject's bank account.</summary>
    BankTransfer = 1,

    /// <summary>微信认证 A paid review (RMB 300 for an enterprise), decided in 1–5 business days.</summary>
    ReviewFee = 2,
}
