#!/usr/bin/env python3
"""Fills recoverydesk_nl.ts (and the English plural forms) from nl_texts.py after lupdate.

Run after `cmake --build --preset dev --target update_translations`. Exits non-zero and lists
every source text that has no Dutch text yet, so a missing translation is noticed, not shipped.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nl_texts import NL  # noqa: E402


def english_plurals(context, source):
    """The source text's own plural forms: "%n item(s)" -> "%n item", "%n items"."""
    if '%n' not in source or '(s)' not in source:
        return None
    return [source.replace('(s)', ''), source.replace('(s)', 's')]


def fill(path, lookup):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for msg in ctx.findall('message'):
            source = msg.find('source').text
            tr = msg.find('translation')
            text = lookup(name, source)
            if text is None:
                if tr.get('type') == 'unfinished' or not (tr.text or list(tr)):
                    missing.append((name, source))
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if isinstance(text, list):
                for form in text:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = text
            tr.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    return missing


def main():
    missing = fill(os.path.join(HERE, 'recoverydesk_nl.ts'), lambda c, s: NL.get(c, {}).get(s))
    fill(os.path.join(HERE, 'recoverydesk_en.ts'), english_plurals)
    for c, s in missing:
        print(f'no Dutch text: [{c}] {s!r}', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
