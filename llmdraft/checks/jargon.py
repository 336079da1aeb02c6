"""Acronyms that name a practice, a role, a measure or a document, not an organisation or a person.

`grounded` flags a capitalised word the context does not give, because an invented employer,
client or colleague is a fact a reader would believe. "R&D", "QA", "KPIs", "HACCP" or "GPs" are
none of those: they are how people in a trade name their work, and a message full of them invents
nothing. The list is kept to the common ones across trades; an acronym that names one body
(NHS, IBM, WHO, NASA) is left out on purpose, so that an employer the user never gave is still
caught. Plurals ("KPIs", "GPs") are found by dropping a final s.
"""

from __future__ import annotations

_BY_TRADE = {
    "business": "R&D P&L M&A B2B B2C KPI OKR ROI SLA SOP SOW RFP RFQ RFI NDA MOU CRM ERP HR HRIS "
                "PR PM PMO QBR YOY QOQ EOD EOW EOY ETA FAQ CSAT NPS GTM ICP SMB CAC LTV ARR MRR "
                "FTE OPEX CAPEX COGS EBITDA GAAP IFRS AP AR AML KYC ESG CSR DEI L&D USP SKU "
                "TBD TBC FYI ASAP EOM SACCO SME NGO CBO",
    "technology": "QA QC UX UI API SDK CI CD CI/CD SQL NOSQL ETL ELT BI ML AI NLP LLM IT IOT OT "
                  "SLO SLI SLA RTO RPO MTTR "
                  "SRE DEVOPS SAAS PAAS IAAS CMS CDN DNS VPN SSO MFA IAM SOC SIEM OS IDE PR MVP POC "
                  "A/B SEO SEM PPC CTR CRO CX AR VR GPU CPU RAM SSD PLC SCADA HMI MES CAD CAM CAE "
                  "GIS BIM LIDAR RPA OCR UAT SIT TDD BDD OOP REST JSON XML HTML CSS JS PDF CSV "
                  "GDPR HIPAA PCI DSS SOC2 ISO WCAG",
    "health and care": "GP GPS NP RN HCA ICU ED A&E ER OR OT PT SLT EHR EMR PACS ECG EKG MRI CT "
                       "NHS111 CPD CQC HACCP CCP COSHH PPE IPC DNR MDT SEN SENCO EHCP EHO CNA LPN "
                       "EMT CPR BLS ACLS PALS OB ENT NICU PICU HDU ADHD ASD CBT OTC DBS",
    "operations": "SMED OEE TPM 5S JIT WIP MRO EHS HSE QHSE FMEA RCA CAPA GMP GLP GCP SPC DMAIC "
                  "SIX LEAN 3PL WMS TMS OTIF FIFO LIFO MOQ BOM HVAC MEP RAMS CDM PPM POS EPOS "
                  "FOH BOH KDS DC LTL FTL EDI",
    "hospitality": "REVPAR ADR GOP OTA PMS F&B",
    "education and research": "PHD MSC MBA BSC BA MA MPH STEM K-12 TA RA PI IRB CDISC SDTM "
                              "ADAM IEP ESL EAL ELL SEL GCSE LMS",
}

GENERIC_ACRONYMS = frozenset(a for group in _BY_TRADE.values() for a in group.split())


def is_generic_acronym(word: str) -> bool:
    """'KPIs', 'R&D', 'HACCP', 'PhD': yes. 'Acme', 'NASA', 'Rachel', 'Ed': no. A word needs two
    capitals to count (a name is written 'Ed', the emergency department 'ED')."""
    token = word.split("'")[0]
    letters = token.replace("&", "").replace("/", "").replace("-", "")
    if not letters:
        return False
    if token.endswith("s") and token[:-1].upper() == token[:-1]:
        token = token[:-1]  # KPIs, GPs
    if sum(c.isupper() for c in token) < 2 and token.upper() != token:
        return False  # "Ed" is a name; "ED", "PhD", "SaaS" and "DevOps" are the trade's words
    return token.upper() in GENERIC_ACRONYMS
