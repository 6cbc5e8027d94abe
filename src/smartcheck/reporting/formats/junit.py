"""JUnit XML: one ``<testsuite>`` per file, one ``<testcase>`` per goal (a failure when the
goal fails the run), an ``<error>`` case per input problem, and the file's notices (plan
advice, unused suppressions) in the suite's ``<system-out>``. Streamed suite by suite."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from smartcheck.judging.rule import Rule
from smartcheck.reporting.formats.base import Formatter
from smartcheck.reporting.formats.model import FileOutcome, Summary
from smartcheck.reporting.formats.text import position, verdict_letters

# Characters XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD (the XML must parse)."""
    return _NOT_XML.sub("\ufffd", text)


class JunitFormatter(Formatter):
    name = "junit"

    def start(self, rules: Sequence[type[Rule]]) -> None:
        self.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="smartcheck">\n')

    def handle(self, outcome: FileOutcome) -> None:
        suite = ET.Element("testsuite", name=outcome.path)
        failures = errors = 0
        for problem in outcome.errors:
            case = ET.SubElement(suite, "testcase", classname=outcome.path, name="read")
            ET.SubElement(case, "error", message=problem)
            errors += 1
        for goal in outcome.goals:
            name = f"{position(outcome.path, goal.place)} {goal.text}"
            case = ET.SubElement(suite, "testcase", classname=outcome.path, name=name)
            if goal.error is not None:
                ET.SubElement(case, "error", message=goal.error)
                errors += 1
                continue
            if not goal.fails or goal.report is None:
                continue
            failures += 1
            lines = [
                f"{position(outcome.path, item.place)}: {item.finding.code} "
                f"[{item.finding.criterion.value}] {item.finding.message}"
                for item in goal.findings
                if item.status == "active"
            ]
            failure = ET.SubElement(
                case,
                "failure",
                message=f"not SMART {verdict_letters(goal.report)}",
                type="smartcheck",
            )
            failure.text = "\n".join(lines)
        notes = [
            f"{position(outcome.path, n.place)}: {n.code} {n.message}"
            for n in outcome.notices
            if n.status == "active"
        ]
        tests = len(suite)
        if notes:  # advice about the file (plan findings, unused suppressions): no test case
            ET.SubElement(suite, "system-out").text = "\n".join(notes)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        for element in suite.iter():
            for key, value in element.attrib.items():
                element.set(key, xml_safe(value))
            if element.text:
                element.text = xml_safe(element.text)
        self.write(ET.tostring(suite, encoding="unicode") + "\n")

    def stop(self, summary: Summary) -> None:
        self.write("</testsuites>\n")
