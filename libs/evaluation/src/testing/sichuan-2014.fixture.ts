import type { SchemeDocument } from '@kaoping/scoring';

/** schemes/s1-sichuan-2014.yaml as data (unit tests do no I/O); regenerate if that file changes. */
export const SICHUAN_2014: SchemeDocument = {
  "id": "s1-sichuan-2014",
  "name": {
    "zh-CN": "四川省人民政府部门绩效管理办法（2014年）",
    "en": "Sichuan provincial government departments performance management measures (2014)"
  },
  "version": 1,
  "cycle": 2014,
  "periods": [
    {
      "id": "year",
      "label": {
        "zh-CN": "年度",
        "en": "Year"
      }
    }
  ],
  "scales": {
    "leader-grade": {
      "label": {
        "zh-CN": "好/较好/差",
        "en": "Good/fair/poor"
      },
      "levels": [
        {
          "id": "good",
          "label": {
            "zh-CN": "好",
            "en": "Good"
          },
          "percent": 100
        },
        {
          "id": "fair",
          "label": {
            "zh-CN": "较好",
            "en": "Fair"
          },
          "percent": 80
        },
        {
          "id": "poor",
          "label": {
            "zh-CN": "差",
            "en": "Poor"
          },
          "percent": 50
        }
      ]
    },
    "satisfaction": {
      "label": {
        "zh-CN": "满意度",
        "en": "Satisfaction"
      },
      "levels": [
        {
          "id": "satisfied",
          "label": {
            "zh-CN": "满意",
            "en": "Satisfied"
          },
          "percent": 100
        },
        {
          "id": "fairly-satisfied",
          "label": {
            "zh-CN": "比较满意",
            "en": "Fairly satisfied"
          },
          "percent": 80
        },
        {
          "id": "dissatisfied",
          "label": {
            "zh-CN": "不满意",
            "en": "Dissatisfied"
          },
          "percent": 50
        }
      ]
    }
  },
  "sources": [
    {
      "id": "performance-office",
      "label": {
        "zh-CN": "省政府绩效办",
        "en": "Provincial performance office"
      }
    },
    {
      "id": "supervision-department",
      "label": {
        "zh-CN": "监察厅",
        "en": "Supervision department"
      }
    },
    {
      "id": "organs-committee",
      "label": {
        "zh-CN": "省直机关工委",
        "en": "Provincial organs working committee"
      }
    }
  ],
  "raterRoles": [
    {
      "id": "governor",
      "label": {
        "zh-CN": "省长",
        "en": "Governor"
      }
    },
    {
      "id": "vice-governor",
      "label": {
        "zh-CN": "分管副省长",
        "en": "Vice-governor in charge"
      }
    },
    {
      "id": "committee-member",
      "label": {
        "zh-CN": "省政府绩效委成员",
        "en": "Member of the provincial performance committee"
      }
    }
  ],
  "calendar": {
    "phases": {
      "planning": {
        "start": "01-01",
        "end": "03-31"
      },
      "monitoring": {
        "start": "04-01",
        "end": "12-31"
      },
      "year-end": {
        "start": "next 01-01",
        "end": "next 01-31"
      },
      "review": {
        "start": "next 02-01",
        "end": "next 02-20"
      },
      "publication": {
        "start": "review.end + 1d",
        "end": "publication.start + 7d"
      },
      "results": {
        "start": "next 03-01",
        "end": "next 04-30"
      },
      "rectification": {
        "start": "results.start",
        "end": "next 06-30"
      }
    },
    "deadlines": [
      {
        "id": "self-report",
        "kind": "self-assessment",
        "period": "year",
        "due": "next 01-10",
        "remind": [
          7,
          1
        ]
      },
      {
        "id": "ratings",
        "kind": "rating",
        "period": "year",
        "due": "next 01-31",
        "remind": [
          7,
          1
        ]
      },
      {
        "id": "surveys",
        "kind": "survey",
        "period": "year",
        "due": "next 01-20",
        "remind": [
          7
        ]
      }
    ]
  },
  "categories": [
    {
      "id": "departments",
      "label": {
        "zh-CN": "省政府部门",
        "en": "Provincial government departments"
      },
      "total": 100,
      "parts": [
        {
          "id": "governor",
          "label": {
            "zh-CN": "省长评价",
            "en": "Governor's rating"
          },
          "weight": 10,
          "subject": "governor",
          "method": {
            "kind": "rating",
            "scale": "leader-grade",
            "roles": [
              "governor"
            ]
          }
        },
        {
          "id": "vice-governor",
          "label": {
            "zh-CN": "分管副省长评价",
            "en": "Vice-governor's rating"
          },
          "weight": 10,
          "subject": "vice-governor",
          "method": {
            "kind": "rating",
            "scale": "leader-grade",
            "roles": [
              "vice-governor"
            ]
          }
        },
        {
          "id": "committee",
          "label": {
            "zh-CN": "绩效组织评价",
            "en": "Committee rating"
          },
          "weight": 50,
          "scale": 100,
          "subject": "committee",
          "children": [
            {
              "id": "functions",
              "label": {
                "zh-CN": "职能职责",
                "en": "Functions and duties"
              },
              "points": 60,
              "children": [
                {
                  "id": "duties",
                  "label": {
                    "zh-CN": "职责任务",
                    "en": "Assigned duties"
                  },
                  "points": 30,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "lawful-administration",
                  "label": {
                    "zh-CN": "依法行政",
                    "en": "Lawful administration"
                  },
                  "points": 15,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "policy-execution",
                  "label": {
                    "zh-CN": "政令畅通",
                    "en": "Policy execution"
                  },
                  "points": 15,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                }
              ]
            },
            {
              "id": "efficiency",
              "label": {
                "zh-CN": "行政效能",
                "en": "Administrative efficiency"
              },
              "points": 15,
              "children": [
                {
                  "id": "efficiency-building",
                  "label": {
                    "zh-CN": "效能建设",
                    "en": "Efficiency building"
                  },
                  "points": 5,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "administrative-cost",
                  "label": {
                    "zh-CN": "行政成本",
                    "en": "Administrative cost"
                  },
                  "points": 5,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "emergency-management",
                  "label": {
                    "zh-CN": "应急管理",
                    "en": "Emergency management"
                  },
                  "points": 5,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                }
              ]
            },
            {
              "id": "service",
              "label": {
                "zh-CN": "服务质量",
                "en": "Service quality"
              },
              "points": 15,
              "children": [
                {
                  "id": "serving-the-public",
                  "label": {
                    "zh-CN": "服务群众",
                    "en": "Serving the public"
                  },
                  "points": 5,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "accepting-oversight",
                  "label": {
                    "zh-CN": "接受监督",
                    "en": "Accepting oversight"
                  },
                  "points": 5,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "cooperation",
                  "label": {
                    "zh-CN": "协作配合",
                    "en": "Cooperation"
                  },
                  "points": 5,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                }
              ]
            },
            {
              "id": "self-building",
              "label": {
                "zh-CN": "自身建设",
                "en": "Self-building"
              },
              "points": 10,
              "children": [
                {
                  "id": "party-building",
                  "label": {
                    "zh-CN": "党建工作",
                    "en": "Party building"
                  },
                  "points": 4,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "work-style",
                  "label": {
                    "zh-CN": "政风行风",
                    "en": "Work style"
                  },
                  "points": 3,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                },
                {
                  "id": "integrity",
                  "label": {
                    "zh-CN": "廉政建设",
                    "en": "Integrity"
                  },
                  "points": 3,
                  "method": {
                    "kind": "rating",
                    "scale": "leader-grade",
                    "roles": [
                      "committee-member"
                    ]
                  }
                }
              ]
            }
          ]
        },
        {
          "id": "peers",
          "label": {
            "zh-CN": "部门互评",
            "en": "Peer rating"
          },
          "weight": 15,
          "subject": "peers",
          "method": {
            "kind": "survey",
            "scale": "satisfaction"
          }
        },
        {
          "id": "public",
          "label": {
            "zh-CN": "社会公众评价",
            "en": "Public survey"
          },
          "weight": 15,
          "subject": "public",
          "method": {
            "kind": "survey",
            "scale": "satisfaction"
          }
        }
      ],
      "bonuses": {
        "rules": [
          {
            "id": "central-award",
            "label": {
              "zh-CN": "党中央、国务院表彰奖励",
              "en": "Central party/State Council award"
            },
            "points": 2
          },
          {
            "id": "provincial-award",
            "label": {
              "zh-CN": "省委、省政府表彰奖励",
              "en": "Provincial party/government award"
            },
            "points": 1
          }
        ],
        "max": 5
      },
      "deductions": {
        "rules": [
          {
            "id": "central-criticism",
            "label": {
              "zh-CN": "党中央、国务院通报批评",
              "en": "Central criticism"
            },
            "points": 2
          },
          {
            "id": "provincial-criticism",
            "label": {
              "zh-CN": "省委、省政府通报批评",
              "en": "Provincial criticism"
            },
            "points": 1
          },
          {
            "id": "unfinished-task",
            "label": {
              "zh-CN": "未按要求完成交办任务",
              "en": "Assigned task not completed"
            },
            "points": 1
          },
          {
            "id": "integrity-leadership",
            "label": {
              "zh-CN": "领导班子成员违纪违法",
              "en": "Integrity case - leadership member"
            },
            "points": 1,
            "per": "person"
          },
          {
            "id": "integrity-division",
            "label": {
              "zh-CN": "处级以上干部违纪违法",
              "en": "Integrity case - division-level cadre"
            },
            "points": 0.5,
            "per": "person"
          },
          {
            "id": "integrity-affiliated",
            "label": {
              "zh-CN": "直属单位领导或处级以上干部违纪违法",
              "en": "Integrity case - affiliated unit cadre"
            },
            "points": 0.3,
            "per": "person"
          },
          {
            "id": "accountability",
            "label": {
              "zh-CN": "被问责",
              "en": "Held accountable"
            },
            "points": 0.1,
            "per": "person"
          }
        ]
      },
      "grading": {
        "grades": [
          {
            "id": "advanced",
            "label": {
              "zh-CN": "先进",
              "en": "Advanced"
            },
            "min": 90
          },
          {
            "id": "pass",
            "label": {
              "zh-CN": "合格",
              "en": "Pass"
            },
            "min": 60
          },
          {
            "id": "fail",
            "label": {
              "zh-CN": "不合格",
              "en": "Fail"
            }
          }
        ]
      },
      "resultsUse": {
        "grades": {
          "advanced": {
            "actions": [
              {
                "zh-CN": "以省政府绩效委名义通报表彰",
                "en": "Commended by the provincial performance committee"
              }
            ]
          }
        }
      }
    }
  ]
};
