#!/usr/bin/env python3
"""Writes src/main/resources/demo/organization.csv, the demo organisation of 恩施州.

Run once from the repository root: python3 scripts/generate-demo-organization.py
The CSV it writes is the source of truth; edit the CSV by hand afterwards if you like.
The output is deterministic (fixed random seed), so rerunning gives the same file.
"""
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/main/resources/demo/organization.csv"

COUNTIES = [
    ("ES", "恩施市", "恩施"), ("LC", "利川市", "利川"), ("JS", "建始县", "建始"), ("BD", "巴东县", "巴东"),
    ("XE", "宣恩县", "宣恩"), ("XF", "咸丰县", "咸丰"), ("LF", "来凤县", "来凤"), ("HF", "鹤峰县", "鹤峰"),
]

TOWNSHIPS = {
    "恩施市": "舞阳坝街道 六角亭街道 小渡船街道 龙凤镇 崔家坝镇 板桥镇 白杨坪镇 三岔镇 新塘乡 红土乡 沙地乡 太阳河乡 屯堡乡 白果乡 芭蕉侗族乡 盛家坝乡",
    "利川市": "都亭街道 东城街道 柏杨坝镇 汪营镇 团堡镇 谋道镇 建南镇 忠路镇 毛坝镇 南坪乡 凉雾乡 元堡乡 沙溪乡 文斗乡",
    "建始县": "业州镇 高坪镇 红岩寺镇 景阳镇 官店镇 花坪镇 长梁镇 茅田乡 龙坪乡 三里乡",
    "巴东县": "信陵镇 东瀼口镇 沿渡河镇 官渡口镇 茶店子镇 绿葱坡镇 大支坪镇 野三关镇 水布垭镇 清太坪镇 溪丘湾乡 金果坪乡",
    "宣恩县": "珠山镇 椒园镇 沙道沟镇 李家河镇 高罗镇 万寨乡 长潭河侗族乡 晓关侗族乡 椿木营乡",
    "咸丰县": "高乐山镇 忠堡镇 坪坝营镇 朝阳寺镇 清坪镇 唐崖镇 丁寨乡 黄金洞乡 小村乡 活龙坪乡 大路坝区",
    "来凤县": "翔凤镇 绿水镇 百福司镇 大河镇 旧司镇 革勒车镇 漫水乡 三胡乡",
    "鹤峰县": "容美镇 走马镇 太平镇 燕子镇 中营镇 下坪乡 邬阳乡 五里乡 铁炉白族乡",
}

# The initial of each character's pinyin, for the characters of the township names.
INITIALS = {}
for letter, chars in {
    "B": "坝板白芭堡柏布百", "C": "船崔岔城长茶葱椿朝村车", "D": "渡地都东道斗店大丁洞",
    "F": "凤福", "G": "果高官关沟革", "H": "红河花黄活胡", "J": "角家蕉建景金椒旧",
    "K": "口", "L": "六龙路凉陵绿李罗乐勒炉梁里", "M": "谋毛茅木漫美马", "N": "南",
    "P": "坪坡平", "Q": "桥清丘", "R": "瀼容", "S": "三沙盛溪寺水山司", "T": "亭塘土太屯团田唐潭铁",
    "W": "舞汪雾文湾万邬五", "X": "小新溪信晓翔下", "Y": "阳杨营元业岩沿野垭园崖燕",
    "Z": "州忠子支珠寨走中",
}.items():
    for char in chars:
        INITIALS[char] = letter
INITIALS["溪"] = "X"

SUFFIXES = ["侗族乡", "白族乡", "街道", "镇", "乡", "区"]

PREFECTURE_UNITS = [
    ("JT", "州交通运输局"), ("WJ", "州卫生健康委"), ("SL", "州水利和湖泊局"), ("NY", "州农业农村局"),
    ("ZJ", "州住房和城乡建设局"), ("JY", "州教育局"), ("MZ", "州民政局"), ("ZR", "州自然资源和规划局"),
    ("SH", "州生态环境局"), ("YJ", "州应急管理局"), ("RS", "州人力资源和社会保障局"), ("SW", "州商务局"),
    ("WL", "州文化和旅游局"), ("GA", "州公安局"), ("SJ", "州市场监督管理局"),
]

COUNTY_UNITS = [
    ("JT", "交通运输局"), ("WJ", "卫生健康局"), ("SL", "水利和湖泊局"), ("NY", "农业农村局"),
    ("ZJ", "住房和城乡建设局"), ("JY", "教育局"), ("MZ", "民政局"), ("ZR", "自然资源和规划局"),
    ("YJ", "应急管理局"), ("RS", "人力资源和社会保障局"),
]

# Three more deputy homes, in county seats and development zones.
EXTRA_HOMES = {
    ("恩施市", "小渡船街道"): "恩施高新区人大代表之家",
    ("利川市", "东城街道"): "利川经济开发区人大代表之家",
    ("建始县", "业州镇"): "建始县城区人大代表之家",
}

# The seed article's own stations take the first slot of their township.
SEED_STATIONS = {
    ("利川市", "都亭街道"): ["龙船调代表联络站"],
    ("利川市", "谋道镇"): ["苏马荡代表联络站"],
    ("建始县", "茅田乡"): ["太和街代表联络站"],
    ("巴东县", "信陵镇"): ["黄土坡社区代表联络站"],
}

VILLAGES = """青龙 桃源 马鞍山 石门 长坪 龙潭 双河 金龙 柳树坪 鱼泉 水井 高峰 凉亭 新田 枫香坡 黄泥塘 茶园 河坝
红花 大田 堰塘 岩口 杉木 竹园 烟墩 莲花池 五龙 双龙 中坝 天池 落水洞 白岩 银杏 兴隆 庙坪 土地坪 大坪 朝阳
向阳 梨树 桂花 松树 青岗 花园 龙洞 团结 和平 火烧堡 三元 四合 核桃 栗子 长岭 楠木 梭布 干溪 沙坝 石板 水田
槽门 金竹 凉水井 青山 高桥 猫儿坪 茅坝 杨柳 铜鼓 黄连 旗鼓 白鹤 狮子 龙门 万福 天桥 樱桃 板栗 岩屋 瓦屋 木坪
茶坪 麻柳 桐子 杜仲 盐井 锣圈 大河坝 观音 马家 田家坝 谭家 向家 覃家 黄家 冉家坝 张家 陈家坪 杨家坝 石家坝 牟家
大石 石龙 碧峰 紫荆 柏树 红岩 清水 鹰嘴 天堂 凤凰 青杠 枫木 石桥 河东 河西 金山 宝塔 梅子 竹林 荷花 马坪
溪口 松坪 龙井 泉口 乌龙 黄坪 蛟龙 云雾 七里 水杉 桃花 杉树坪""".split()

COMMUNITIES = """东门 西门 南门 北门 城东 城西 城南 城北 滨江 清江 民族路 解放路 体育路 航空路 金桂 土桥 大桥 小溪 栖凤
官坡 中山 新华 龙桥 金子坝 五峰 桥湾 东升 惠民 和顺 朝阳 育才 文昌 锦绣 金龙""".split()

SURNAMES = ("向 田 谭 覃 黄 张 李 王 刘 陈 杨 冉 彭 龚 邓 周 吴 秦 牟 余 朱 胡 赵 孙 何 汪 唐 郑 罗 肖 "
            "姚 龙 万 许 蒋 曾 梁 邱 谢 宋 袁 钟 滕 杜 鲁 符 舒 熊 付").split()
GIVEN = ("建 国 明 华 春 秋 兰 芳 平 军 勇 红 霞 丽 娟 敏 静 德 才 文 武 志 强 玉 凤 海 涛 云 燕 "
         "林 松 梅 琴 英 杰 超 波 鹏 辉 军 宏 伟 刚 兵 俊 敬 忠 诚 祥 福 庆 永 长 春 桂 香 萍 洁 "
         "琳 晓 雪 艳 茂 发 贵 财 开 元 新 友 成 道 学 思 远 宁 安 和 顺 利 美 慧 佳 丹").split()

CHINESE_NUMBERS = "一二三四五六七八九十"


def stem(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def initials(name):
    return "".join(INITIALS[char] for char in stem(name))


def township_codes(county_code, names):
    """Pinyin initials; a clash within the county takes one more letter (A, B, ...)."""
    codes = {}
    used = set()
    for name in names:
        base = initials(name)
        code, letter = base, ord("A")
        while code in used:
            code = base + chr(letter)
            letter += 1
        used.add(code)
        codes[name] = f"ES-{county_code}-{code}"
    return codes


def main():
    rng = random.Random(20230925)
    rows = []
    names_used = set()

    def deputy_name():
        while True:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
            if name not in names_used and len(set(name[1:])) == len(name) - 1:
                names_used.add(name)
                return name

    def level(home):
        roll = rng.random()
        if roll < (0.12 if home else 0.04):
            return "PREFECTURE"
        if roll < (0.45 if home else 0.22):
            return "COUNTY"
        return "TOWNSHIP"

    def deputies(venue_code, count, group_code, home):
        for n in range(1, count + 1):
            rows.append(["DEPUTY", f"{venue_code}-D{n}", deputy_name(), venue_code, level(home), group_code,
                         "", "", ""])

    rows.append(["PREFECTURE", "ES", "恩施州", "", "", "", "", "", ""])
    for code, name in PREFECTURE_UNITS:
        rows.append(["UNIT", f"U-Z-{code}", name, "ES", "PREFECTURE", "", "", "", ""])

    all_townships = [(county, township) for county, *_ in [(c[1],) for c in COUNTIES]
                     for township in TOWNSHIPS[county].split()]
    assert len(all_townships) == 89, len(all_townships)
    # 495 stations over 89 townships: 50 townships have 6, the other 39 have 5, spread evenly.
    station_counts = {}
    for index, key in enumerate(all_townships):
        sixes = (index + 1) * 50 // 89 - index * 50 // 89
        station_counts[key] = 6 if sixes else 5
    assert sum(station_counts.values()) == 495

    for county_code, county_name, short_name in COUNTIES:
        county = f"ES-{county_code}"
        rows.append(["COUNTY", county, county_name, "ES", "", "", short_name, "", ""])
        for code, name in COUNTY_UNITS:
            rows.append(["UNIT", f"U-{county_code}-{code}", county_name + name, county, "COUNTY", "", "", "", ""])
        townships = TOWNSHIPS[county_name].split()
        codes = township_codes(county_code, townships)
        villages = VILLAGES[:]
        rng.shuffle(villages)
        communities = COMMUNITIES[:]
        rng.shuffle(communities)
        for township in townships:
            code = codes[township]
            urban = township.endswith("街道")
            rows.append(["TOWNSHIP", code, township, county, "", "", "", "", ""])
            government = township + ("办事处" if urban else "人民政府")
            rows.append(["UNIT", f"U-{code[3:]}-ZF", government, code, "TOWNSHIP", "", "", "", ""])
            home = f"{code}-H"
            rows.append(["HOME", home, f"{township}人大代表之家", code, "", "", "",
                         f"{county_name}{township}{'办事处' if urban else '人民政府'}院内", ""])
            deputies(home, rng.choice((2, 3)), "", True)
            extra = EXTRA_HOMES.get((county_name, township))
            if extra:
                rows.append(["HOME", f"{code}-H2", extra, code, "", "", "", f"{county_name}{township}", ""])
                deputies(f"{code}-H2", rng.choice((2, 3)), "", True)
            names = list(SEED_STATIONS.get((county_name, township), []))
            if not urban and not names:
                names.append(f"{stem(township)}社区代表联络站")
            while len(names) < station_counts[(county_name, township)]:
                if urban:
                    names.append(f"{communities.pop()}社区代表联络站")
                else:
                    names.append(f"{villages.pop()}村代表联络站")
            for n, station_name in enumerate(names, start=1):
                station = f"{code}-{n:02d}"
                place = station_name.removesuffix("代表联络站")
                address = f"{county_name}{township}{place}"
                address += "服务中心" if place.endswith("社区") else "村委会" if place.endswith("村") else ""
                rows.append(["STATION", station, station_name, home, "", "", "", address, ""])
                group = f"{station}-G"
                rows.append(["GROUP", group, f"{township}第{CHINESE_NUMBERS[n - 1]}代表小组", station, "", "", "",
                             "", ""])
                deputies(station, rng.choice((3, 4, 4, 5)), group, False)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["kind", "code", "name", "parent_code", "level", "group_code", "short_name", "address",
                         "phone"])
        writer.writerows(rows)
    kinds = {}
    for row in rows:
        kinds[row[0]] = kinds.get(row[0], 0) + 1
    print(OUT.relative_to(ROOT), len(rows), "rows", kinds)


if __name__ == "__main__":
    main()
