"""Tests for the gazetteer of administrative divisions."""


import pytest

from kg import gazetteer
from kg.gazetteer import PROVINCES, ancestors, candidates, division, is_place_name, lookup
from kg.records import Level


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("沈河区", "210103"),
        ("沈河", "210103"),
        ("辽宁省", "210000"),
        ("辽宁", "210000"),
        ("沈阳市", "210100"),
        ("沈阳", "210100"),
        ("北京", "110000"),
        ("内蒙古", "150000"),
        ("广西", "450000"),
        ("新疆维吾尔自治区", "650000"),
        ("延边", "222400"),
        ("浦东新区", "310115"),
        ("浦东", "310115"),
        ("吉林", "220000"),  # the province outranks 吉林市
        ("朝阳", "211300"),  # the city outranks the districts named 朝阳区
        ("仙桃市", "429004"),
    ],
)
def test_gazetteer_lookup_full_and_short_names(name, code):
    assert lookup(name).code == code


@pytest.mark.parametrize("name", ["鼓楼区", "朝阳区", "和平区", "不存在县", ""])
def test_gazetteer_lookup_ambiguous_or_unknown_is_none(name):
    assert lookup(name) is None


@pytest.mark.parametrize(
    ("name", "within", "code"),
    [
        ("鼓楼区", "南京市", "320106"),
        ("鼓楼区", "福州", "350102"),
        ("鼓楼", "320100", "320106"),
        ("朝阳区", "北京", "110105"),
        ("朝阳区", "吉林省", "220104"),
        ("和平区", "天津", "120101"),
        ("和平区", "沈阳", "210102"),
    ],
)
def test_gazetteer_lookup_within_disambiguates(name, within, code):
    assert lookup(name, within=within).code == code


def test_gazetteer_lookup_within_elsewhere_is_none():
    assert lookup("沈河区", within="北京") is None
    assert lookup("沈河区", within="没有这个地方") is None


def test_gazetteer_candidates_lists_every_namesake():
    assert len(candidates("鼓楼区")) == 4
    assert {d.level for d in candidates("朝阳")} == {Level.CITY, Level.DISTRICT}


def test_gazetteer_ancestors_chain():
    shenhe = lookup("沈河区")
    assert [d.name for d in ancestors(shenhe)] == ["沈阳市", "辽宁省"]
    assert [d.level for d in [shenhe, *ancestors(shenhe)]] == [
        Level.DISTRICT,
        Level.CITY,
        Level.PROVINCE,
    ]
    assert ancestors(lookup("辽宁")) == []


def test_gazetteer_municipality_districts_sit_under_the_municipality():
    assert [d.name for d in ancestors(lookup("朝阳区", within="北京"))] == ["北京市"]


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("沈河区", "沈河"),
        ("辽宁省", "辽宁"),
        ("内蒙古自治区", "内蒙古"),
        ("广西壮族自治区", "广西"),
        ("北京市", "北京"),
        ("沈阳市", "沈阳"),
        ("陵水黎族自治县", "陵水"),
        ("积石山保安族东乡族撒拉族自治县", "积石山"),
        ("神农架林区", "神农架"),
        ("矿区", "矿区"),
    ],
)
def test_gazetteer_short_names(name, short):
    assert gazetteer.short_name(name) == short


def test_gazetteer_all_province_slugs_resolve():
    assert len(PROVINCES) == 31
    for slug, province in PROVINCES.items():
        assert province.level is Level.PROVINCE, slug
    assert PROVINCES["shanxi"].name == "山西省"
    assert PROVINCES["shaanxi"].name == "陕西省"
    assert PROVINCES["inner-mongolia"].short_name == "内蒙古"
    assert PROVINCES["tibet"].name == "西藏自治区"


def test_gazetteer_covers_all_levels():
    index = gazetteer._index()
    levels = [d.level for d in index.by_code.values()]
    assert levels.count(Level.PROVINCE) == 34
    assert 330 <= levels.count(Level.CITY) <= 340
    assert 2800 <= levels.count(Level.DISTRICT) <= 2900
    assert all(d.parent is None or d.parent in index.by_code for d in index.by_code.values())


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("沈河", True),
        ("沈河区", True),
        ("辽宁", True),
        ("和平区", True),
        ("和平", False),
        ("合作", False),
        ("比如", False),
        ("发展", False),
        ("沈", False),
    ],
)
def test_gazetteer_is_place_name(word, expected):
    assert is_place_name(word) is expected


def test_gazetteer_division_unknown_code_names_it():
    with pytest.raises(KeyError, match="999999"):
        division("999999")


def test_gazetteer_is_read_once_per_process():
    gazetteer._index.cache_clear()
    first = gazetteer._index()
    assert gazetteer._index() is first
