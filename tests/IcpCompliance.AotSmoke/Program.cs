using System;
using System.Collections.Generic;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;

// Exercises the package after trimming and Native AOT compilation: SmartEnum members, OneOf unions and the parsers.
// Every check prints its outcome; any failure exits non-zero so CI fails.
var failures = new List<string>();

void Check(string name, bool ok)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + name);
    if (!ok)
    {
        failures.Add(name);
    }
}

Check("31 provinces", Province.All.Length == 31);
Check("province by alias", Province.TryFromCharacter('川', out Province? sichuan) && sichuan == Province.Sichuan);
Check("province by name", Province.TryFromAnyName("Nèiměnggǔ", out Province? im) && im.Code == 15);
Check("icp filing number", IcpFilingNumber.Parse("京ＩＣＰ备 12345678-1号", ParseMode.Lenient).Match(n => n.ToString() == "京ICP备12345678号-1", _ => false));
Check("licence number", IcpLicenseNumber.Parse("粤B2-20090059").Match(n => n.Form == IcpLicenseForm.B2, _ => false));
Check("psb number", PsbFilingNumber.Parse("川公网安备51019002006069号").Match(n => n.DivisionCode == 510190, _ => false));
Check("any number", FilingNumber.Parse("京ICP证030173号-1").Match(n => n.Kind == FilingNumberKind.IcpFiling, _ => false));
Check("parse error", IcpFilingNumber.Parse("萌ICP备20230001号").Match(_ => false, e => e.Code == ParseErrorCode.UnknownProvince && e.MessageChinese.Length > 0));

Console.WriteLine(failures.Count == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;
