namespace MedRec.Portal.Scoring.Tasks;

/// <summary>JSON keys of the CDrugRed dataset records and submission rows, as the organisers publish them.</summary>
public static class CDrugRedFields
{
    /// <summary>Dataset: the visit identifier (unique within one split only).</summary>
    public const string VisitId = "就诊标识";

    /// <summary>Dataset: the patient number; one patient may have several visits.</summary>
    public const string PatientId = "患者序号";

    /// <summary>Dataset: the gold discharge medications, a JSON array of candidate drug names.</summary>
    public const string DischargeMedications = "出院带药列表";

    /// <summary>Submission: the visit identifier key.</summary>
    public const string SubmissionId = "ID";

    /// <summary>Submission: the predicted drug names, a JSON array.</summary>
    public const string SubmissionPrediction = "prediction";
}

/// <summary>JSON keys of the ICD coding dataset records and submission rows, as the organisers publish them.</summary>
public static class IcdFields
{
    /// <summary>Dataset and submission: the record identifier.</summary>
    public const string RecordId = "病案标识";

    /// <summary>Dataset: the gold primary diagnosis code.</summary>
    public const string PrimaryCode = "主要诊断编码";

    /// <summary>Dataset: the gold additional diagnosis codes, joined by <c>;</c>.</summary>
    public const string OtherCodes = "其他诊断编码";

    /// <summary>Submission: the prediction string <c>[primary|additional1;additional2;…]</c>.</summary>
    public const string Prediction = "预测结果";

    /// <summary>Submission: the English alias of <see cref="RecordId"/> used by the task's translated description.</summary>
    public const string RecordIdAlias = "Record_ID";

    /// <summary>Submission: the English alias of <see cref="Prediction"/>.</summary>
    public const string PredictionAlias = "Prediction";
}
