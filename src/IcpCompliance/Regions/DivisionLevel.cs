namespace IcpCompliance.Regions;

/// <summary>The level of an administrative division, read from its code (GB/T 2260).</summary>
public enum DivisionLevel
{
    /// <summary>A province-level region: the code ends in <c>0000</c> (<c>110000</c> 北京市).</summary>
    Province = 1,

    /// <summary>A prefecture-level division: the code ends in <c>00</c> (<c>440300</c> 深圳市; <c>110100</c> 市辖区
    /// for a municipality's districts).</summary>
    Prefecture = 2,

    /// <summary>A county-level division (<c>110108</c> 海淀区).</summary>
    County = 3,
}
