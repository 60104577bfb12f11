namespace IcpCompliance.Numbers;

/// <summary>The two written forms of an ICP Commercial License number (ICP经营许可证).</summary>
public enum IcpLicenseForm
{
    /// <summary>The certificate form: province, <c>ICP证</c>, digits, <c>号</c> (<c>京ICP证030173号</c>).</summary>
    Certificate = 1,

    /// <summary>The value-added telecom license form: province, <c>B2-</c>, eight digits (<c>粤B2-20090059</c>).</summary>
    B2 = 2,
}
