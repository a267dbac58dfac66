"""Unit tests of the CDrugRed ranker's pieces, on synthetic hand-written inputs (no real data).

    /usr/bin/python3 -m unittest discover -s tools/baseline/tests"""
import os
import sys
import unittest

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from drug_mentions import DOSAGE_FORMS, MentionFinder, match_keys, strip_suffix  # noqa: E402
from drug_stats import DrugStats, diagnosis_items, patient_folds, patient_of  # noqa: E402
from ranker import choose_k, make_stats  # noqa: E402


class SuffixTests(unittest.TestCase):
    def test_longest_dosage_form_is_stripped_once(self):
        self.assertEqual(strip_suffix("某某缓释片", DOSAGE_FORMS), "某某")
        self.assertEqual(strip_suffix("某某胶囊", DOSAGE_FORMS), "某某")
        self.assertEqual(strip_suffix("某某", DOSAGE_FORMS), "某某")

    def test_too_short_a_rest_is_kept(self):
        self.assertEqual(strip_suffix("甲片", DOSAGE_FORMS), "甲片")

    def test_keys_strip_form_then_salt(self):
        self.assertEqual(match_keys("甲乙丙钠片"), ["甲乙丙钠片", "甲乙丙钠", "甲乙丙"])
        self.assertEqual(match_keys("注射用甲乙丙"), ["注射用甲乙丙", "甲乙丙"])


class MentionTests(unittest.TestCase):
    def setUp(self):
        self.finder = MentionFinder(["甲乙丙钠片", "丁戊胶囊", "己庚注射液"], ["course", "history"])

    def test_finds_stripped_names_per_field_with_context(self):
        found = self.finder.find({"course": "入院后予甲乙丙口服，出院继续。完善相关检查，复查结果未见明显异常。曾用丁戊，因过敏停用。",
                                  "history": "既往服用甲乙丙。"})
        self.assertEqual(set(found), {0, 1})
        self.assertEqual(found[0]["fields"], {0, 1})
        self.assertEqual(found[0]["count"], 2)
        self.assertTrue(found[0]["continue"])
        self.assertTrue(found[1]["stop"])
        self.assertFalse(found[1]["continue"])

    def test_absent_drug_is_not_found(self):
        self.assertEqual(self.finder.find({"course": "无特殊用药", "history": ""}), {})


class PatientTests(unittest.TestCase):
    def test_patient_is_prefix_before_last_hyphen(self):
        self.assertEqual(patient_of("12-3"), "12")
        self.assertEqual(patient_of("demo-12-3"), "demo-12")

    def test_folds_keep_patients_together(self):
        ids = ["1-1", "1-2", "2-1", "3-1", "3-2", "3-3", "4-1", "5-1", "6-1", "6-2"]
        folds = patient_folds(ids, 3, seed=7)
        by_patient = {}
        for i, f in zip(ids, folds):
            by_patient.setdefault(patient_of(i), set()).add(int(f))
        self.assertTrue(all(len(s) == 1 for s in by_patient.values()))
        self.assertEqual(set(folds.tolist()), {0, 1, 2})


class ChooseKTests(unittest.TestCase):
    def test_confident_pair_then_unlikely_rest(self):
        self.assertEqual(choose_k([0.95, 0.9, 0.05, 0.02], "f1"), 2)
        self.assertEqual(choose_k([0.95, 0.9, 0.05, 0.02], "score"), 2)

    def test_at_least_one_and_all_when_all_likely(self):
        self.assertEqual(choose_k([0.3, 0.01, 0.01], "f1"), 1)
        self.assertEqual(choose_k([0.9, 0.9, 0.9], "f1"), 3)

    def test_expected_f1_matches_brute_force(self):
        p = np.array([0.7, 0.5, 0.4, 0.3, 0.1])
        values = [2 * p[:k].sum() / (k + p.sum()) for k in range(1, 6)]
        self.assertEqual(choose_k(p, "f1"), int(np.argmax(values)) + 1)


class NoLeakageTests(unittest.TestCase):
    def test_held_out_patients_are_excluded_from_every_statistic(self):
        candidates = ["甲药", "乙药"]
        pool = [{"id": "1-1", "diag": "高血压", "course": "高血压 甲药", "gold": ["甲药"]},
                {"id": "1-2", "diag": "高血压", "course": "高血压 甲药", "gold": ["甲药"]},
                {"id": "2-1", "diag": "糖尿病", "course": "糖尿病 乙药", "gold": ["乙药"]},
                {"id": "3-1", "diag": "糖尿病", "course": "糖尿病 乙药", "gold": ["乙药"]}]
        stats = make_stats(candidates, pool, pool, {"1"})
        # only patients 2 and 3 remain: nobody got 甲药, so its prior is the smoothing floor
        self.assertAlmostEqual(stats.prior[0], 0.5 / 3)
        self.assertNotIn("高血压", stats.item_counts)
        self.assertEqual(stats.diag_knn.x.shape[0], 2)
        self.assertEqual(stats.course_knn.x.shape[0], 2)
        votes = stats.diag_knn.votes(["高血压"])
        self.assertEqual(votes[0, 0], 0.0)

    def test_cooccurrence(self):
        stats = DrugStats(["甲药", "乙药"], [("高血压，糖尿病", ["甲药"]), ("高血压", ["甲药", "乙药"])])
        cmax, cmean = stats.cooccurrence("高血压")
        self.assertAlmostEqual(cmax[0], 2 / 4)
        self.assertAlmostEqual(cmax[1], 1 / 4)
        self.assertEqual(diagnosis_items("高血压 2级，糖尿病；冠心病"), ["高血压2级", "糖尿病", "冠心病"])


if __name__ == "__main__":
    unittest.main()
